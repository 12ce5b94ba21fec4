export const stopwords = [
  'le', 'la', 'les', 'de', 'des', 'du', 'un', 'une', 'et', 'est', 'en', 'au', 'aux', 'dans', 'par', 'pour',
  'sur', 'avec', 'qui', 'que', 'ont', 'a', 'ce', 'cette', 'ses', 'son', 'sa', 'leur', 'plus', 'pas', 'ne',
  'il', 'elle', 'se', 'sont', 'été', 'selon', 'depuis', 'mais', 'ou', 'où', 'contre', 'lors', 'entre', 'vers',
] as const;

export const distinctiveWords = [
  'et', 'est', 'une', 'avec', 'pour', 'dans', 'des', 'du', 'aux', 'au', 'ont', 'cette', 'sont', 'été', 'leur', 'selon', 'depuis', 'ses',
] as const;

export const characteristicLetters = 'éèêàçùâîôûëïœÉÈÊÀÇ';

export const abbreviations = [
  'm', 'mm', 'mme', 'mlle', 'dr', 'pr', 'me', 'st', 'ste', 'cie', 'etc', 'env', 'av', 'apr', 'n', 'no', 'p', 'vol',
  'co', 'inc', 'ltd', 'sa', 'sas', 'corp', 'bd', 'fig', 'cf', 'hab', 'mds', 'md', 'mrd', 'mln', 'mio', 'ex', 'tél', 'tel',
  'janv', 'févr', 'fevr', 'avr', 'juil', 'sept', 'oct', 'nov', 'déc', 'dec',
] as const;
