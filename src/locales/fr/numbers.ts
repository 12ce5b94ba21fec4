import type { NumberVocabulary } from '../types.js';

export const numbers: NumberVocabulary = {
  decimalSeparator: ',',
  words: {
    zero: 0, un: 1, une: 1, deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9,
    dix: 10, onze: 11, douze: 12, treize: 13, quatorze: 14, quinze: 15, seize: 16,
    vingt: 20, vingts: 20, trente: 30, quarante: 40, cinquante: 50, soixante: 60, septante: 70, huitante: 80, octante: 80, nonante: 90,
    cent: 100, cents: 100, mille: 1000, dizaine: 10, dizaines: 10, douzaine: 12, douzaines: 12, centaine: 100, centaines: 100, millier: 1000, milliers: 1000,
  },
  scales: {
    million: 1e6, millions: 1e6, milliard: 1e9, milliards: 1e9, billion: 1e12, billions: 1e12,
    md: 1e9, mds: 1e9, mrd: 1e9, mrds: 1e9, mio: 1e6, mln: 1e6, m: 1e6, k: 1e3, mille: 1e3,
  },
  fractions: { demi: 0.5, quart: 0.25 },
  scaleJoiners: ['de', "d'", 'des'],
  rangeConnectors: ['à', 'et', 'a', 'ou'],
  milestones: { millionieme: 1e6, milliardieme: 1e9, 'millieme': 1e3 },
  approximateCounts: {
    dizaine: 10, douzaine: 12, quinzaine: 15, vingtaine: 20, trentaine: 30, quarantaine: 40, cinquantaine: 50,
    soixantaine: 60, centaine: 100, millier: 1000,
  },
  joiners: ['et'],
};
