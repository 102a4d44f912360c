/** Persian names for the types, kinds and codes the API returns. */

/** Entity types of the corpus and of the analysis layers, as shown. */
export const ENTITY_TYPE_LABELS: Record<string, string> = {
  person: 'شخص', organization: 'سازمان', place: 'مکان', misc: 'سایر نام‌ها',
  date: 'تاریخ', number: 'عدد', money: 'مبلغ', percent: 'درصد',
};

/** PLOVER event types. */
export const EVENT_LABELS: Record<string, string> = {
  AGREE: 'توافق', CONSULT: 'دیدار و رایزنی', SUPPORT: 'حمایت', CONCEDE: 'کوتاه آمدن', COOPERATE: 'همکاری', AID: 'کمک',
  RETREAT: 'عقب‌نشینی', REQUEST: 'درخواست', ACCUSE: 'اتهام', REJECT: 'رد کردن', THREATEN: 'تهدید', PROTEST: 'اعتراض',
  MOBILIZE: 'بسیج نیرو', COERCE: 'فشار و اجبار', ASSAULT: 'حمله', SANCTION: 'تحریم',
};

/** Event modalities. */
export const MODALITY_LABELS: Record<string, string> = { asserted: 'قطعی', negated: 'منفی', planned: 'برنامه‌ریزی‌شده', future: 'آینده', hypothetical: 'فرضی' };

/** How a mention names its entity. */
export const MENTION_KIND_LABELS: Record<string, string> = { name: 'نام', alias: 'نام دیگر', role: 'سمت', pronoun: 'ضمیر' };

/** Quote kinds. */
export const QUOTE_KIND_LABELS: Record<string, string> = { direct: 'نقل قول مستقیم', indirect: 'نقل قول غیرمستقیم' };

/** A label from a table, or the value itself. */
export function label(table: Record<string, string>, value: string | null | undefined): string {
  return value ? (table[value] ?? table[value.toLowerCase()] ?? value) : '';
}
