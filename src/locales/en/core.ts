export const stopwords = [
  'the', 'of', 'and', 'to', 'in', 'a', 'is', 'was', 'for', 'on', 'with', 'by', 'its', 'as', 'at', 'from',
  'that', 'this', 'it', 'an', 'be', 'has', 'have', 'had', 'were', 'are', 'which', 'than', 'will', 'said',
  'year', 'their', 'up', 'down', 'after', 'over', 'into', 'more', 'who', 'also',
] as const;

export const distinctiveWords = [
  'the', 'and', 'of', 'to', 'is', 'was', 'with', 'its', 'that', 'from', 'were', 'has', 'have', 'which', 'this', 'said', 'will', 'by',
] as const;

export const characteristicLetters = '';

export const abbreviations = [
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'nos', 'co', 'inc', 'ltd', 'corp', 'plc', 'jr', 'sr', 'vs', 'etc',
  'approx', 'est', 'fig', 'u', 's', 'e', 'g', 'i', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'bn', 'mn', 'mln', 'tel', 'dept', 'gov', 'gen', 'lt', 'col', 'rep', 'sen',
] as const;
