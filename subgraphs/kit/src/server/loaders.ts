import type DataLoader from "dataloader";

/**
 * Per-request dataloaders, created on first use. A module exports a factory; the registry keys
 * loaders by that factory so two modules never share or clash.
 */
export class Loaders<Ctx> {
  private readonly loaders = new Map<unknown, DataLoader<unknown, unknown>>();

  constructor(private readonly context: () => Ctx) {}

  get<K, V>(factory: (ctx: Ctx) => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(factory) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = factory(this.context());
      this.loaders.set(factory, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}
