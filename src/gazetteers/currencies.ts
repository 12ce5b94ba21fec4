/**
 * Currency signs and words that several countries share. The locale tables give each its usual
 * reading; where the article is about a country that uses another currency of the same name,
 * that one is meant ('¥' in a Tokyo story is the yen; 'dirhams' in Morocco are MAD).
 * Keys are folded written forms; `home` is the country of the usual reading.
 */
export interface SharedCurrency {
  home: string;
  byCountry: Readonly<Record<string, string>>;
}

export const SHARED_CURRENCIES: Readonly<Record<string, SharedCurrency>> = {
  '¥': { home: 'CN', byCountry: { JP: 'JPY' } },
  // Hong Kong, Singapore and Taiwan amounts come with their own sign (HK$, S$, NT$): a bare dollar
  // in a story that names the Hong Kong stock exchange is still the US one
  '$': { home: 'US', byCountry: { CA: 'CAD', AU: 'AUD', NZ: 'NZD', MX: 'MXN' } },
  dollar: { home: 'US', byCountry: { CA: 'CAD', AU: 'AUD', NZ: 'NZD' } },
  dollars: { home: 'US', byCountry: { CA: 'CAD', AU: 'AUD', NZ: 'NZD' } },
  dirham: { home: 'AE', byCountry: { MA: 'MAD' } },
  dirhams: { home: 'AE', byCountry: { MA: 'MAD' } },
  won: { home: 'KR', byCountry: { KP: 'KPW' } },
  peso: { home: 'MX', byCountry: { AR: 'ARS', CL: 'CLP', CO: 'COP', PH: 'PHP' } },
  pesos: { home: 'MX', byCountry: { AR: 'ARS', CL: 'CLP', CO: 'COP', PH: 'PHP' } },
  roupie: { home: 'IN', byCountry: { PK: 'PKR', ID: 'IDR', LK: 'LKR' } },
  roupies: { home: 'IN', byCountry: { PK: 'PKR', ID: 'IDR', LK: 'LKR' } },
  rupee: { home: 'IN', byCountry: { PK: 'PKR', LK: 'LKR' } },
  rupees: { home: 'IN', byCountry: { PK: 'PKR', LK: 'LKR' } },
  livre: { home: 'GB', byCountry: { EG: 'EGP', TR: 'TRY', LB: 'LBP' } },
  livres: { home: 'GB', byCountry: { EG: 'EGP', TR: 'TRY', LB: 'LBP' } },
  pound: { home: 'GB', byCountry: { EG: 'EGP' } },
  pounds: { home: 'GB', byCountry: { EG: 'EGP' } },
};

/** The currency meant: another country's only when the text names that country more than the usual one's. */
export function currencyInContext(code: string, written: string, countryMentions: ReadonlyMap<string, number>): string {
  const shared = SHARED_CURRENCIES[written];
  if (!shared) return code;
  const home = countryMentions.get(shared.home) ?? 0;
  let best = code;
  let bestCount = home;
  for (const [country, currency] of Object.entries(shared.byCountry)) {
    const count = countryMentions.get(country) ?? 0;
    if (count > bestCount) {
      best = currency;
      bestCount = count;
    }
  }
  return best;
}
