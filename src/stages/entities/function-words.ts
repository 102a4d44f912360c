import { entityKey } from './entity-key.js';

const keys = (words: string): ReadonlySet<string> => new Set(words.split(/\s+/).filter(Boolean).map(entityKey));

/** Prepositions (حروف اضافه): a person right after one is rarely the sentence's subject. */
export const PREPOSITIONS = keys('با به از در بر برای تا درباره دربارهٔ توسط بدون جز مانند مثل میان بین نزد پیش سوی علیه طی');

/**
 * Words that end a name or an office phrase: prepositions, conjunctions, pronouns, determiners,
 * time words, frequent verbs and auxiliaries, discourse words.
 */
export const STOP_WORDS = new Set([
  ...PREPOSITIONS,
  ...keys(`و یا که را هم نیز همچنین اما ولی اگر چون زیرا پس سپس بلکه
  این آن همین همان هر هیچ چند برخی بعضی دیگر یک همه تمام سایر
  او وی ایشان آنها آنان ما من تو شما خود خودش خودشان اینجا آنجا
  امروز دیروز فردا امسال اکنون حالا هنوز تاکنون روز شب صبح ظهر عصر بامداد شامگاه هفته ماه سال ساعت
  است بود شد کرد گفت کند شود باشد دارد داشت کرده شده گفته افزود خواهد خواند دانست داد اعلام تاکید تأکید
  نیست هست بودند شدند کردند گفتند هستند دارند
  ضمن حال پایان ادامه حضور دیدار نشست سفر گفتگو گفت‌وگو اظهار بیان اشاره
  چنین چنان بسیار خیلی نه بله فقط تنها حتی اخیر سابق جدید موسوم معروف`),
]);

/** Light verbs: the word before one is the noun of a compound verb (`خبر داد`, `دیدار کرد`, `دستگیر شد`). */
export const LIGHT_VERBS = keys('داد دادند داده کرد کردند کرده شد شدند شده زد گرفت داشت دارد کند کنند می‌کند خواهد است بود');

/**
 * Nouns that make the person after them the source of what is said (`به گفته وی`, `از نظر او`,
 * `به اعتقاد ایشان`): the speaker the sentence is about, not someone else it names.
 */
export const SOURCE_NOUNS = keys('گفته نوشته اعتقاد باور عقیده ادعای روایت زعم نظر دید دیدگاه');

/** Pronouns that refer to a person (وی، او، ایشان). */
export const PERSON_PRONOUNS = keys('وی او ایشان');

/** Classifier words before a place name that belong to it in the treebank's convention: `کشور چین`, `استان فارس`. */
export const PLACE_CLASSIFIERS = keys('کشور استان شهر شهرستان روستای روستا بندر جزیره جزایر منطقه ایالت بخش');

/**
 * Heads of natural features and quarters that PerDT keeps inside a place's name, as it keeps the
 * classifiers above: `رودخانهٔ نیل`, `قلهٔ کوه اورست`, `رشته‌کوه‌های البرز`, `قارهٔ استرالیا`, `محلهٔ نوغان`.
 */
export const LANDFORM_HEADS = keys('رود رودخانه رودخانه‌های کوه کوه‌های قله رشته‌کوه رشته‌کوه‌های قاره دریاچه دریاچه‌های خلیج تنگه دشت جلگه دره صحرای بیابان تپه آبشار محله محله‌های ولایت سرزمین ایالت‌های');

/** Verbs that continue a speaker's turn (`افزود`, `ادامه داد`): the sentence's subject is the previous speaker. */
export const CONTINUATION_VERBS = keys('افزود افزوده تصریح ادامه خاطرنشان یادآور');

/** Words of saying (`گفت`, `اظهار`, `اعلام`, ...): a sentence that holds one reports someone's words. */
export const SAYING_WORDS = keys('گفت گفته می‌گوید اظهار اعلام تأکید تاکید افزود تصریح خاطرنشان یادآور خبر هشدار اظهارداشت');
