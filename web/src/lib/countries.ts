/**
 * ISO 3166-1 alpha-3 → alpha-2 for the countries news names most, so that the browser's own
 * `Intl.DisplayNames` can give their Persian names; other codes are shown as they are.
 */
const ALPHA2: Record<string, string> = {
  IRN: 'IR', IRQ: 'IQ', AFG: 'AF', PAK: 'PK', TUR: 'TR', SAU: 'SA', ARE: 'AE', QAT: 'QA', OMN: 'OM', KWT: 'KW', BHR: 'BH',
  YEM: 'YE', SYR: 'SY', LBN: 'LB', JOR: 'JO', ISR: 'IL', PSE: 'PS', EGY: 'EG', LBY: 'LY', TUN: 'TN', DZA: 'DZ', MAR: 'MA',
  SDN: 'SD', ARM: 'AM', AZE: 'AZ', GEO: 'GE', TKM: 'TM', UZB: 'UZ', TJK: 'TJ', KAZ: 'KZ', KGZ: 'KG', RUS: 'RU', UKR: 'UA',
  BLR: 'BY', CHN: 'CN', IND: 'IN', JPN: 'JP', KOR: 'KR', PRK: 'KP', IDN: 'ID', MYS: 'MY', BGD: 'BD', LKA: 'LK', VNM: 'VN',
  USA: 'US', CAN: 'CA', MEX: 'MX', BRA: 'BR', ARG: 'AR', VEN: 'VE', CUB: 'CU', BOL: 'BO', COL: 'CO', CHL: 'CL', GBR: 'GB',
  FRA: 'FR', DEU: 'DE', ITA: 'IT', ESP: 'ES', NLD: 'NL', BEL: 'BE', CHE: 'CH', AUT: 'AT', SWE: 'SE', NOR: 'NO', FIN: 'FI',
  DNK: 'DK', POL: 'PL', GRC: 'GR', HUN: 'HU', SRB: 'RS', IRL: 'IE', PRT: 'PT', ZAF: 'ZA', NGA: 'NG', ETH: 'ET', KEN: 'KE',
  AUS: 'AU', NZL: 'NZ', SOM: 'SO', DJI: 'DJ', ERI: 'ER', CYP: 'CY', ROU: 'RO', BGR: 'BG', CZE: 'CZ', SVK: 'SK',
};

let names: Intl.DisplayNames | undefined;

/** A country's Persian name from its alpha-3 code: `TUR` → `ترکیه`; unknown codes as they are. */
export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  const alpha2 = ALPHA2[code.toUpperCase()];
  if (!alpha2) return code;
  try {
    names ??= new Intl.DisplayNames(['fa'], { type: 'region' });
    return names.of(alpha2) ?? code;
  } catch {
    return code;
  }
}
