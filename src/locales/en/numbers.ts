import type { NumberVocabulary } from '../types.js';

export const numbers: NumberVocabulary = {
  decimalSeparator: '.',
  words: {
    zero: 0, one: 1, a: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
    hundred: 100, thousand: 1000, dozen: 12, dozens: 12, hundreds: 100, thousands: 1000,
  },
  scales: {
    million: 1e6, millions: 1e6, billion: 1e9, billions: 1e9, trillion: 1e12, trillions: 1e12, thousand: 1e3,
    bn: 1e9, b: 1e9, mn: 1e6, mln: 1e6, m: 1e6, k: 1e3, tn: 1e12, crore: 1e7, crores: 1e7, lakh: 1e5, lakhs: 1e5,
  },
  fractions: { half: 0.5, quarter: 0.25 },
  scaleJoiners: ['of'],
  rangeConnectors: ['to', 'and', 'or'],
  milestones: { millionth: 1e6, billionth: 1e9, thousandth: 1e3 },
  // 'a dozen' is mostly exactly twelve in news copy; English says 'about 100' where French says 'une centaine'
  approximateCounts: {},
  joiners: ['and'],
};
