import { entityKey } from './entity-key.js';

/**
 * Nouns that take up an institution named before (`این وزارتخانه`, `این کمیسیون`, `این نهاد`),
 * each with the first words of the names it stands for; an empty list stands for any organization
 * (`نهاد`). Shared by the entity stage (`سخنگوی این نهاد` → the spokesman of the body named before)
 * and the quote stage (`این کمیسیون ... خواست` → the commission). Words as written: each user keys
 * them with its own key function.
 * A programme of many countries is a `سازمان` to the writers (`برنامه جهانی غذا ... سخنگوی این سازمان`).
 * `INSTITUTION_NOUNS.get('وزارتخانه')` → `['وزارت']`.
 */
export const INSTITUTION_NOUNS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries({
  وزارتخانه: ['وزارت'], وزارت: ['وزارت'], سازمان: ['سازمان', 'برنامه'], کمیسیون: ['کمیسیون'], کمیته: ['کمیته'],
  شورا: ['شورای', 'شورا'], نهاد: [], دادگاه: ['دادگاه'], دیوان: ['دیوان'], فدراسیون: ['فدراسیون'], باشگاه: ['باشگاه'], تیم: ['تیم', 'باشگاه'],
  شرکت: ['شرکت'], بانک: ['بانک'], اتحادیه: ['اتحادیه'], انجمن: ['انجمن'], حزب: ['حزب'], جنبش: ['جنبش'], گروه: ['گروه'],
  ارتش: ['ارتش'], سپاه: ['سپاه'], ستاد: ['ستاد'], نیروها: ['نیروهای'], مجلس: ['مجلس'], دانشگاه: ['دانشگاه'], مرکز: ['مرکز'],
  پارلمان: ['پارلمان'], دولت: ['دولت'], آژانس: ['آژانس'], صندوق: ['صندوق'], بنیاد: ['بنیاد'], هیئت: ['هیئت', 'هیات'],
  دفتر: ['دفتر'], شبکه: ['شبکه'], خبرگزاری: ['خبرگزاری'], روزنامه: ['روزنامه'],
}));

/** The institution nouns as entity keys, for the entity stage's own lookups (`این کمیسیون`). */
export const INSTITUTION_NOUN_KEYS: ReadonlySet<string> = new Set([...INSTITUTION_NOUNS.keys()].map(entityKey));
