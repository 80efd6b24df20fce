// A person's name reduced to what matching should compare (issue 13: "王 建国"
// slipped past an exact match). NFKC folds full-width letters and digits;
// every kind of space, dot and hyphen people type inside a Chinese name is
// dropped; traditional and variant forms of characters common in names are
// mapped to the simplified form the store registry uses; Latin letters are
// lower-cased.

// Traditional or variant → simplified, for characters frequent in Chinese
// names (surnames first). Not a full conversion table: enough that a
// reporter typing on a traditional-Chinese keyboard still names the person.
const VARIANTS: Record<string, string> = {
  黃: '黄', 陳: '陈', 張: '张', 劉: '刘', 楊: '杨', 趙: '赵', 吳: '吴', 周: '周', 孫: '孙', 馬: '马',
  鄭: '郑', 謝: '谢', 韓: '韩', 馮: '冯', 鄧: '邓', 許: '许', 蕭: '萧', 盧: '卢', 葉: '叶', 蘇: '苏',
  錢: '钱', 戴: '戴', 範: '范', 陸: '陆', 賈: '贾', 鍾: '钟', 鐘: '钟', 湯: '汤', 龔: '龚', 顧: '顾',
  國: '国', 華: '华', 偉: '伟', 軍: '军', 強: '强', 東: '东', 紅: '红', 麗: '丽', 亮: '亮', 輝: '辉',
  傑: '杰', 濤: '涛', 龍: '龙', 鵬: '鹏', 飛: '飞', 貴: '贵', 寶: '宝', 慶: '庆', 藝: '艺', 興: '兴',
  們: '们', 員: '员', 長: '长', 爲: '为', 為: '为', 義: '义', 愛: '爱', 劍: '剑', 鋒: '锋', 進: '进',
  建: '建', 燕: '燕', 玲: '玲', 瑩: '莹', 鳳: '凤', 蘭: '兰', 雲: '云', 曉: '晓', 寧: '宁', 靜: '静',
  剛: '刚', 廣: '广', 萬: '万', 樂: '乐', 學: '学', 開: '开', 來: '来', 歡: '欢', 潔: '洁', 艷: '艳',
  蓮: '莲', 勝: '胜', 達: '达', 嬌: '娇', 慧: '慧', 釗: '钊', 銘: '铭', 綠: '绿', 夢: '梦', 鐵: '铁',
}

const SEPARATORS = /[\s\u00b7\u2022\u30fb\u2027\u2219.\-_\u2010-\u2015\u3000]/gu

export function nameKey(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFKC').replace(SEPARATORS, '').toLowerCase()) out += VARIANTS[ch] ?? ch
  return out
}
