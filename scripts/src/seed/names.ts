import type { Random } from "./random.js";

/** Common surnames, most frequent first (frequency falls off roughly as 1/rank). */
const SURNAMES = [
  ..."王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤",
];
const MALE = [
  ..."伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林欢阳建国志文国庆德福海春永忠",
];
const FEMALE = [
  ..."芳娜敏静丽艳娟霞秀兰英华慧巧美玉萍红梅琳燕彩春菊凤洁琴云莲真环雪荣爱妹香月莺媛",
];

export function surname(random: Random): string {
  // Zipf-like: low ranks are far more common, as in the real distribution.
  const rank = Math.floor(Math.pow(random.next(), 2.2) * SURNAMES.length);
  return SURNAMES[rank]!;
}

export function givenName(random: Random, gender: "MALE" | "FEMALE"): string {
  const chars = gender === "MALE" ? MALE : FEMALE;
  return random.chance(0.3) ? random.pick(chars) : random.pick(chars) + random.pick(chars);
}
