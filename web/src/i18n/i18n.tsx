import { createContext, useContext, useEffect, useState, type ReactNode } from "react";
import type { Language } from "../graphql/generated/graphql";
import { en } from "./messages.en";
import { zh, type Messages } from "./messages.zh";

/** The UI's languages: Chinese by default, English on request. One catalogue each. */
export type Lang = "zh" | "en";
const CATALOGUES: Record<Lang, Messages> = { zh, en };
const HTML_LANG: Record<Lang, string> = { zh: "zh-CN", en: "en" };
const KEY = "gongxiang.lang";

type Leaves<T, P extends string = ""> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/** Every message key of the catalogue ("counter.start"...). */
export type MessageKey = Leaves<Messages>;

type Vars = Record<string, string | number>;

interface I18nState {
  lang: Lang;
  setLang: (lang: Lang) => void;
  t: (key: MessageKey, vars?: Vars) => string;
  /** A key that may not exist (an enum value from the hub): its text, or the fallback. */
  tMaybe: (key: string, fallback: string, vars?: Vars) => string;
}

const I18nContext = createContext<I18nState | null>(null);

function lookup(catalogue: Messages, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split(".")) {
    if (typeof node !== "object" || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === "string" ? node : undefined;
}

const fill = (text: string, vars: Vars = {}) =>
  text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    vars[name] === undefined ? whole : String(vars[name]),
  );

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() =>
    localStorage.getItem(KEY) === "en" ? "en" : "zh",
  );
  useEffect(() => {
    document.documentElement.lang = HTML_LANG[lang];
    document.title = CATALOGUES[lang].app.title;
  }, [lang]);
  const setLang = (next: Lang) => {
    localStorage.setItem(KEY, next);
    setLangState(next);
  };
  const catalogue = CATALOGUES[lang];
  const t = (key: MessageKey, vars?: Vars) => fill(lookup(catalogue, key) ?? key, vars);
  const tMaybe = (key: string, fallback: string, vars?: Vars) =>
    fill(lookup(catalogue, key) ?? fallback, vars);
  return (
    <I18nContext.Provider value={{ lang, setLang, t, tMaybe }}>{children}</I18nContext.Provider>
  );
}

/** The hub's catalog answers in English where it has English, in Chinese otherwise. */
export const catalogLanguage = (lang: Lang): Language => (lang === "en" ? "EN" : "ZH");

export function useI18n(): I18nState {
  const state = useContext(I18nContext);
  if (!state) throw new Error("useI18n outside <I18nProvider>");
  return state;
}
