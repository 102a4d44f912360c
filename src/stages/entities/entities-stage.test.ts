import { describe, expect, it } from 'vitest';
import { createDoc, type Doc } from '../../doc/doc.js';
import { isKhabarError } from '../../doc/errors.js';
import { checkDoc } from '../../doc/invariants.js';
import { loadLexicons } from '../../lexicon/load.js';
import { analyze, createAnalyzer } from '../../pipeline/analyze.js';
import { createPipeline } from '../../pipeline/pipeline.js';
import { createNormalizeStage } from '../normalize/normalize-stage.js';
import { createTokenizeStage } from '../tokenize/tokenize-stage.js';
import { createEntitiesStage } from './entities-stage.js';
import { entityTable, entityTagsForTokens, type EntityWithMentions } from './entity-layers.js';

const lexicons = loadLexicons();
const pipeline = createAnalyzer(lexicons, { report: false });
const run = (text: string, published?: string): Doc => analyze(pipeline, text, published ? { published } : {});

/** The entity whose mentions include `surface`, with its mentions as `kind:surface`. */
function entityOf(doc: Doc, surface: string): (EntityWithMentions & { said: string[] }) | undefined {
  for (const entity of entityTable(doc)) {
    const said = entity.mentions.map((m) => `${m.kind}:${doc.text.slice(m.start, m.end)}`);
    if (said.some((s) => s.endsWith(`:${surface}`))) return { ...entity, said };
  }
  return undefined;
}

describe('names, places and organizations', () => {
  const text = 'به گزارش ایرنا، نماینده سازمان ملل متحد در تهران با وزیر نفت دیدار کرد.';
  it.each([
    ['ایرنا', 'ORG', 'خبرگزاری جمهوری اسلامی', { subtype: 'news-agency', country: 'IRN' }],
    ['سازمان ملل متحد', 'ORG', 'سازمان ملل متحد', { subtype: 'international' }],
    ['تهران', 'LOC', 'تهران', { subtype: 'city', country: 'IRN' }],
  ])('%s is %s', (surface, type, canonical, attributes) => {
    const entity = entityOf(run(text), surface);
    expect(entity?.type).toBe(type);
    expect(entity?.canonical).toBe(canonical);
    expect(entity?.attributes).toMatchObject(attributes);
  });

  it.each([
    ['مرز ایران و آذربایجان پس از دو هفته بازگشایی شد.', 'آذربایجان', 'AZE'],
    ['استاندار آذربایجان غربی از روستاهای سیل‌زده بازدید کرد.', 'آذربایجان غربی', 'IRN'],
    ['هیئتی از روسیه سفید برای مذاکره به تهران آمد.', 'روسیه سفید', 'BLR'],
  ])('finds the short names of countries: %s', (text, surface, country) => {
    expect(entityOf(run(text), surface)).toMatchObject({ type: 'LOC', attributes: { country } });
  });

  it.each([
    ['رحیمی این ادعا را «بی‌اساس» خواند. وی در عین حال از اسلام آباد خواست گذرگاه مرزی را بازگشایی کند.', 'اسلام آباد', 'PAK'],
  ])('finds a capital written with a space for its half-space: %s', (text, surface, country) => {
    expect(entityOf(run(text), surface)).toMatchObject({ type: 'LOC', attributes: { country } });
  });

  it('finds weapons and agreements, in Latin and Persian letters', () => {
    const doc = run('جنگنده‌های F-35 و اف-۳۵ و سامانه اس-۴۰۰ در متن برجام نیامده‌اند.');
    expect(['F-35', 'اف-۳۵', 'اس-۴۰۰', 'برجام'].map((s) => entityOf(doc, s)?.type)).toEqual(['MISC', 'MISC', 'MISC', 'MISC']);
    expect(entityOf(doc, 'اس-۴۰۰')?.attributes).toMatchObject({ subtype: 'weapon', country: 'RUS' });
  });

  it('gives an organization the country named right after it', () => {
    const entity = entityOf(run('سخنگوی وزارت خارجه چین این ادعا را رد کرد.'), 'وزارت خارجه چین');
    expect(entity).toMatchObject({ type: 'ORG', attributes: { country: 'CHN' } });
  });

  it('reads a body known abroad, made national with a country after it, as that country\'s own', () => {
    const doc = run('رستم کاوه دبیر شورای امنیت ملی اوکراین روز دوشنبه به کی‌یف بازگشت.');
    expect(entityOf(doc, 'شورای امنیت ملی اوکراین')).toMatchObject({ type: 'ORG', attributes: { country: 'UKR' } });
    expect(entityOf(doc, 'رستم کاوه')).toMatchObject({ type: 'PER', attributes: { country: 'UKR' } });
  });

  it('gives a well-known person with no office here the nationality of the people list, an office\'s country otherwise', () => {
    const doc = run('ولادیمیر پوتین روز سه‌شنبه گفت مسکو آماده گفت‌وگو است.');
    expect(entityOf(doc, 'ولادیمیر پوتین')).toMatchObject({ type: 'PER', attributes: { country: 'RUS' } });
  });

  it('reads a caretaker or interim government with its country as one organization, and no office in it', () => {
    const doc = run('امیرخان متقی وزیر خارجه حکومت سرپرست افغانستان این اتهامات را رد کرد.');
    expect(entityOf(doc, 'حکومت سرپرست افغانستان')).toMatchObject({ type: 'ORG', attributes: { country: 'AFG' } });
    expect(entityOf(doc, 'امیرخان متقی')).toMatchObject({ attributes: { country: 'AFG' } });
    expect(entityTable(doc).filter((e) => e.type === 'PER')).toHaveLength(1);
    // no office opens inside the organization's name, even with no person named before it
    expect(entityTable(run('حکومت سرپرست افغانستان این اتهامات را رد کرد.')).filter((e) => e.type === 'PER')).toEqual([]);
  });

  it('reads a coach\'s club after his nationality as his office\'s body, the nationality as his country', () => {
    const doc = run('سرمربی کروات پرسپولیس، میلان ستانکوویچ، پس از بازی گفت تیمش شایسته برد بود.');
    const coach = entityOf(doc, 'میلان ستانکوویچ');
    expect(coach).toMatchObject({ type: 'PER', attributes: { country: 'HRV' } });
    expect(coach?.said).toContain('role:سرمربی کروات پرسپولیس');
    expect(entityTable(doc).filter((e) => e.type === 'PER')).toHaveLength(1);
  });

  it('takes up a committee of a body of many countries by its short name, and keeps a listed body apart from the club after it', () => {
    const doc = run('کمیته انضباطی کنفدراسیون فوتبال آسیا باشگاه سپاهان را جریمه کرد. سپاهان به رأی کمیته انضباطی اعتراض کرد.');
    expect(entityOf(doc, 'کمیته انضباطی')).toMatchObject({ type: 'ORG', canonical: 'کمیته انضباطی کنفدراسیون فوتبال آسیا' });
    expect(entityOf(doc, 'کمیته انضباطی')?.attributes.country).toBeUndefined();
    // the short name of a national body's committee is not taken up so
    const home = run('کمیته انضباطی فدراسیون فوتبال روز شنبه سپاهان را جریمه کرد. سپاهان به رأی کمیته انضباطی اعتراض کرد.');
    expect(entityOf(home, 'کمیته انضباطی')?.canonical).toBe('کمیته انضباطی');
    const acronym = run('کمیته انضباطی AFC باشگاه سپاهان را جریمه کرد.');
    expect(entityOf(acronym, 'کمیته انضباطی AFC')).toMatchObject({ type: 'ORG' });
    expect(entityOf(acronym, 'باشگاه سپاهان')).toMatchObject({ type: 'ORG', attributes: { country: 'IRN' } });
  });

  it('keeps where a head of state is out of his office, and an envoy\'s post in it', () => {
    const doc = run('گوترش هفته آینده با رئیس‌جمهور لبنان در نیویورک دیدار خواهد کرد. سفیر ایران در مسکو گفت روابط خوب است.');
    expect(entityOf(doc, 'رئیس‌جمهور لبنان')).toMatchObject({ type: 'PER', attributes: { country: 'LBN' } });
    expect(entityOf(doc, 'سفیر ایران در مسکو')).toMatchObject({ type: 'PER', attributes: { country: 'IRN' } });
  });

  it('knows a listed company written with a space where the list has a half-space', () => {
    const doc = run('شرکت ترکمن گاز صادرات گاز به ایران را از سر گرفت.');
    expect(entityOf(doc, 'شرکت ترکمن گاز') ?? entityOf(doc, 'ترکمن گاز')).toMatchObject({ type: 'ORG', attributes: { country: 'TKM' } });
  });

  it('gives the PKK, written with dots, the country it fights in, as the annotation guide does', () => {
    const doc = run('پهپادهای ترکیه دو پایگاه پ.ک.ک را در کوه‌های قندیل هدف گرفتند.');
    expect(entityOf(doc, 'پ.ک.ک')).toMatchObject({ type: 'ORG', attributes: { country: 'TUR', subtype: 'armed-group' } });
  });

  it('knows the M23 rebels of the Congo, in Latin letters or Persian, as one armed group (never a stray name)', () => {
    const doc = run('شورشیان گروه M23 شهر گوما را تصرف کردند و ارتش کنگو اعلام کرد که با ام۲۳ مذاکره نخواهد کرد.');
    expect(entityOf(doc, 'M23')).toMatchObject({ type: 'ORG', attributes: { country: 'COD', subtype: 'armed-group' } });
    expect(entityOf(doc, 'ام۲۳')?.id).toBe(entityOf(doc, 'M23')?.id);
  });

  it('gives a bare sports committee to the governing body named last before it, a body of many countries or a federation', () => {
    const abroad = run('به گزارش ایسنا، کنفدراسیون فوتبال آسیا باشگاه سپاهان را جریمه کرد. مدیرعامل سپاهان گفت به رأی کمیته انضباطی اعتراض می‌کنیم.');
    expect(entityOf(abroad, 'کمیته انضباطی')?.attributes.country).toBeUndefined();
    const home = run('به گزارش ایسنا، فدراسیون فوتبال باشگاه سپاهان را جریمه کرد. مدیرعامل سپاهان گفت به رأی کمیته انضباطی اعتراض می‌کنیم.');
    expect(entityOf(home, 'کمیته انضباطی')?.attributes.country).toBe('IRN');
  });

  it('knows the sports court and the arbitration court of the chamber of commerce as bodies of no country', () => {
    const doc = run('به گزارش ایرنا، باشگاه تراکتور به دادگاه عالی داوری ورزش شکایت کرد. شرکت نفت هم پرونده را به دیوان داوری اتاق بازرگانی بین‌المللی برد.');
    for (const body of ['دادگاه عالی داوری ورزش', 'دیوان داوری اتاق بازرگانی بین‌المللی']) expect(entityOf(doc, body)).toMatchObject({ type: 'ORG', attributes: { subtype: 'international' } });
    expect(entityOf(doc, 'دادگاه عالی داوری ورزش')?.attributes.country).toBeUndefined();
  });

  it('places a journal where it is published', () => {
    const doc = run('به گزارش ایسنا، پژوهشگران دانشگاه تهران نتایج کار خود را در نشریه نیچر منتشر کردند.');
    expect(entityOf(doc, 'نیچر') ?? entityOf(doc, 'نشریه نیچر')).toMatchObject({ type: 'ORG', attributes: { country: 'GBR' } });
  });

  it('runs a ministry of a named government on to its country, which it belongs to', () => {
    const doc = run('وزارت خارجه دولت نجات ملی یمن حمله هوایی به صنعا را محکوم کرد.');
    expect(entityOf(doc, 'وزارت خارجه دولت نجات ملی یمن')).toMatchObject({ type: 'ORG', attributes: { country: 'YEM' } });
    const spokesman = entityOf(run('سخنگوی وزارت کشور دولت موقت سوریه گفت گذرگاه‌ها باز است.'), 'وزارت کشور دولت موقت سوریه');
    expect(spokesman).toMatchObject({ type: 'ORG', attributes: { country: 'SYR' } });
    // words that are no name between: the cabinet keeps its own, and the country stays a place
    const cabinet = run('مصوبه هیئت دولت درباره یمن منتشر شد.');
    expect(entityOf(cabinet, 'یمن')).toMatchObject({ type: 'LOC' });
  });

  it('gives a well-known person with an office of no country his own country, not the home one; a UN officer none', () => {
    const doc = run('حزب‌الله بیانیه‌ای صادر کرد. نعیم قاسم، دبیرکل این حزب، گفت مقاومت آماده است. آنتونیو گوترش، دبیرکل، گفت نگران است.');
    expect(entityOf(doc, 'نعیم قاسم')).toMatchObject({ attributes: { country: 'LBN' } });
    expect(entityOf(doc, 'آنتونیو گوترش')?.attributes.country).toBeUndefined();
  });

  it('leaves an international body the lists know without the country its name holds', () => {
    const doc = run('سخنگوی نیروهای موقت سازمان ملل در لبنان گفت گشت‌زنی ادامه دارد.');
    expect(entityOf(doc, 'نیروهای موقت سازمان ملل در لبنان')?.attributes.country).toBeUndefined();
  });

  it('places local sources and eyewitnesses in the country of the place their story is told in', () => {
    const doc = run('به گفته منابع محلی، دو خانه در روستای عیتا الشعب در جنوب لبنان ویران شد. شاهدان عینی گفتند ارتش اشغالگر این خانه‌ها را هدف گرفت.');
    expect(entityOf(doc, 'منابع محلی')).toMatchObject({ attributes: { country: 'LBN' } });
    expect(entityOf(doc, 'شاهدان عینی')).toMatchObject({ attributes: { country: 'LBN' } });
    expect(entityOf(doc, 'ارتش اشغالگر')).toMatchObject({ type: 'ORG', attributes: { country: 'ISR' } });
  });

  it('gives people and bodies of no country the home country in a report about it, not in one about another country', () => {
    const home = run('به گزارش ایلنا، کارگران معترض مقابل استانداری خوزستان در اهواز تجمع کردند و خواستار دیدار با کمیسیون عمران شدند.');
    expect(entityOf(home, 'کارگران معترض')).toMatchObject({ attributes: { country: 'IRN' } });
    expect(entityOf(home, 'کمیسیون عمران')).toMatchObject({ attributes: { country: 'IRN' } });
    const chief = run('به گزارش ایلنا، کارگران مقابل استانداری خوزستان در اهواز تجمع کردند. کامران شریفی مدیرعامل شرکت نورد کارون گفت حقوق پرداخت می‌شود.');
    expect(entityOf(chief, 'کامران شریفی')).toMatchObject({ attributes: { country: 'IRN' } });
    const experts = run('به گزارش ایلنا، کارگران مقابل استانداری خوزستان در اهواز تجمع کردند. کارشناسان بازار کار معتقدند دستمزدها کافی نیست.');
    expect(entityOf(experts, 'کارشناسان بازار کار')?.attributes.country).toBeUndefined();
    const abroad = run('ارتش سودان و نیروهای واکنش سریع در الفاشر درگیر شدند. آدم عیسی گفت سودان و الفاشر آرام نیست و ارتش سودان عقب نشست.');
    expect(entityOf(abroad, 'آدم عیسی')?.attributes.country).toBeUndefined();
  });

  it('leaves bodies of many countries without the home country, and reads a name-final country that is an everyday word too', () => {
    const doc = run('به گزارش فارس، کمیته انضباطی کنفدراسیون فوتبال آسیا باشگاه سپاهان اصفهان را جریمه کرد. اتحادیه جهانی کشتی نیز از تهران بازدید کرد.');
    expect(entityOf(doc, 'کمیته انضباطی کنفدراسیون فوتبال آسیا')?.attributes.country).toBeUndefined();
    expect(entityOf(doc, 'اتحادیه جهانی کشتی')?.attributes.country).toBeUndefined();
    const navy = run('ناوگروه ارتش با نیروی دریایی عمان رزمایش مشترک برگزار کرد.');
    expect(entityOf(navy, 'نیروی دریایی عمان')).toMatchObject({ type: 'ORG', attributes: { country: 'OMN' } });
  });

  it('ends an organization before the news agency it told (به فارس گفت)', () => {
    const doc = run('یک منبع آگاه در باشگاه پرسپولیس به فارس گفت قرارداد تمدید می‌شود.');
    expect(entityOf(doc, 'باشگاه پرسپولیس')?.said).toEqual(['name:باشگاه پرسپولیس']);
  });

  it('ends a name before an office written in two words (نخست وزیر)', () => {
    const doc = run('ویکتور اوربان نخست وزیر مجارستان گفت بوداپست با تحریم‌ها مخالف است.');
    expect(entityOf(doc, 'ویکتور اوربان')?.said).toEqual(['name:ویکتور اوربان', 'role:نخست وزیر مجارستان']);
  });

  it('gives a body of این کشور the country named last before it', () => {
    const doc = run('نخست‌وزیر لبنان از وزارت امور خارجه این کشور خواست شکایتی تنظیم کند.');
    expect(entityOf(doc, 'وزارت امور خارجه این کشور')).toMatchObject({ type: 'ORG', attributes: { country: 'LBN' } });
  });

  it('gives a delegation named with a country that country, not the home one', () => {
    const doc = run('سرگئی لاوین رئیس هیئت مذاکره‌کننده روسیه گفت آتش‌بس ممکن نیست.');
    expect(entityOf(doc, 'هیئت مذاکره‌کننده روسیه')).toMatchObject({ type: 'ORG', attributes: { country: 'RUS' } });
    expect(entityOf(doc, 'سرگئی لاوین')).toMatchObject({ attributes: { country: 'RUS' } });
  });

  it('ends an office before a span of time (ساعاتی بعد) and takes the palace for its government', () => {
    const doc = run('دیمیتری پسکوف سخنگوی کاخ کرملین ساعاتی بعد این گزارش را رد کرد.');
    const person = entityOf(doc, 'دیمیتری پسکوف');
    expect(person).toMatchObject({ attributes: { country: 'RUS' } });
    expect(person?.said).toContain('role:سخنگوی کاخ کرملین');
  });
});

describe('people with titles, ranks and offices', () => {
  it('reads an office after the name and links the surname, a variant and a pronoun', () => {
    const doc = run('«یوهان برگمان» وزیر خارجه سوئد روز دوشنبه وارد تهران شد. برگمن در فرودگاه گفت که سفر مهمی است. وی افزود: گفت‌وگو ادامه دارد.');
    const person = entityOf(doc, 'یوهان برگمان');
    expect(person?.canonical).toBe('یوهان برگمان');
    expect(person?.said).toEqual(['name:یوهان برگمان', 'role:وزیر خارجه سوئد', 'alias:برگمن', 'pronoun:وی']);
    expect(person?.attributes).toMatchObject({ roles: [{ role: 'وزیر خارجه', country: 'SWE' }], country: 'SWE' });
  });

  it('ends an office before the noun of a compound verb with گفتن, not before a verb of saying', () => {
    expect(entityOf(run('سخنگوی دولت پس از جلسه سخن گفت.'), 'سخنگوی دولت')?.said).toEqual(['role:سخنگوی دولت']);
    expect(entityOf(run('وزیر کشور با خبرنگاران سخن گفت.'), 'وزیر کشور')?.said).toEqual(['role:وزیر کشور']);
    expect(entityOf(run('وزیر کشور سخن گفت.'), 'وزیر کشور')?.said).toEqual(['role:وزیر کشور']);
    expect(entityOf(run('وزیر کشور گفت که انتخابات سالم بود.'), 'وزیر کشور')?.said).toEqual(['role:وزیر کشور']);
  });

  it('reads an office before the name, between commas', () => {
    const person = entityOf(run('وزیر خارجه روسیه، سرگئی لاوروف، در مسکو گفت.'), 'سرگئی لاوروف');
    expect(person?.said).toEqual(['role:وزیر خارجه روسیه', 'name:سرگئی لاوروف']);
    expect(person?.attributes.country).toBe('RUS');
  });

  it('keeps ranks and titles apart from the name and links rank + surname', () => {
    const doc = run('سرلشکر پاسدار محمد باقری، رئیس ستاد کل نیروهای مسلح، از رزمایش بازدید کرد. سرلشکر باقری گفت: آمادگی بالاست.');
    const person = entityOf(doc, 'محمد باقری');
    expect(person?.canonical).toBe('محمد باقری');
    expect(person?.attributes.ranks).toEqual(['سرلشکر پاسدار']);
    expect(person?.attributes.roles?.[0]).toMatchObject({ role: 'رئیس', organizationName: 'ستاد کل نیروهای مسلح', country: 'IRN' });
    expect(person?.said).toContain('alias:باقری');
  });

  it('gives the home country only to an office nothing qualifies', () => {
    const doc = run('سخنگوی شبه‌نظامیان الشباب در پیامی حمله را تأیید کرد. هانس مولر معاون دبیرکل سازمان ملل به منطقه رفت.');
    expect(entityOf(doc, 'سخنگوی شبه‌نظامیان الشباب')?.attributes.country).toBeUndefined();
    expect(entityOf(doc, 'هانس مولر')?.attributes.country).toBeUndefined();
    const home = run('علی رضایی معاون وزیر در جلسه سخن گفت. سخنگوی نیروهای مسلح هشدار داد.');
    expect(entityOf(home, 'علی رضایی')?.attributes.country).toBe('IRN');
    expect(entityOf(home, 'سخنگوی نیروهای مسلح')?.attributes.country).toBe('IRN');
  });

  it.each([
    ['سمیر حداد وزیر خارجه اردن دیروز با همتای مصری خود دیدار کرد.', 'سمیر حداد', 'اردن', 'JOR'],
    ['خالد البوسعیدی سفیر عمان در تماسی تلفنی از این طرح حمایت کرد.', 'خالد البوسعیدی', 'عمان', 'OMN'],
  ])('places an office by a country name that is an everyday word too: %s', (text, name, country, code) => {
    const doc = run(text);
    expect(entityOf(doc, name)?.attributes.country).toBe(code);
    expect(entityOf(doc, country)).toMatchObject({ type: 'LOC', attributes: { country: code } });
  });

  it('gives an office the country of its organization when the phrase names none', () => {
    const doc = run('رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی گفت: نشست فردا برگزار می‌شود.');
    const person = entityOf(doc, 'رئیس کمیسیون امنیت ملی و سیاست خارجی مجلس شورای اسلامی');
    expect(person?.attributes).toMatchObject({ roles: [{ role: 'رئیس', country: 'IRN' }], country: 'IRN' });
  });

  it('reads «این رژیم» after an office as the regime named before', () => {
    const doc = run('ارتش رژیم صهیونیستی به اردوگاه نور شمس یورش برد. وزیر جنگ این رژیم گفت: عملیات ادامه دارد.');
    expect(entityOf(doc, 'وزیر جنگ این رژیم')?.attributes).toMatchObject({ roles: [{ role: 'وزیر جنگ', country: 'ISR' }], country: 'ISR' });
  });

  it.each([
    ['یک مقام امنیتی اسرائیلی گفت: عملیات تا پایان هفته ادامه دارد.', 'یک مقام امنیتی اسرائیلی', 'ISR'],
    ['منابع دیپلماتیک عراقی اعلام کردند که گفت‌وگوها به تعویق افتاد.', 'منابع دیپلماتیک عراقی', 'IRQ'],
  ])('gives someone known by a description the country its words name: %s', (text, surface, country) => {
    expect(entityOf(run(text), surface)).toMatchObject({ type: 'PER', attributes: { country } });
  });

  it('takes clerical titles and honorifics off the name', () => {
    const person = entityOf(run('آیت‌الله سید حسن مرتضوی امام جمعه شیراز گفت.'), 'حسن مرتضوی');
    expect(person?.attributes.titles).toEqual(['آیت‌الله', 'سید']);
    expect(person?.attributes.roles?.[0]).toMatchObject({ role: 'امام جمعه', place: 'شیراز' });
  });
});

describe('coreference within a report', () => {
  it('کشورمان is the home country; همتای ترکیه‌ای is the same office in Turkey', () => {
    const doc = run('وزیر امور خارجه کشورمان با همتای ترکیه‌ای خود دیدار کرد. وزیر خارجه ترکیه گفت: روابط خوب است. وزیر امور خارجه کشورمان نیز سخن گفت.');
    const iran = entityOf(doc, 'وزیر امور خارجه کشورمان');
    const turkey = entityOf(doc, 'همتای ترکیه‌ای');
    expect(iran?.attributes).toMatchObject({ roles: [{ role: 'وزیر امور خارجه', country: 'IRN' }], country: 'IRN' });
    expect(iran?.said.filter((s) => s.startsWith('role:'))).toHaveLength(2);
    expect(turkey?.said).toEqual(['role:همتای ترکیه‌ای', 'role:وزیر خارجه ترکیه']);
    expect(turkey?.attributes.country).toBe('TUR');
    expect(entityOf(doc, 'کشورمان')).toMatchObject({ type: 'LOC', canonical: 'ایران' });
  });

  it('a one-word name that is also an everyday word is the organization the report named in full', () => {
    const named = run('سپاه پاسداران انقلاب اسلامی بیانیه داد. سپاه این ادعا را بی‌اساس خواند.');
    expect(entityOf(named, 'سپاه')?.said).toEqual(['name:سپاه پاسداران انقلاب اسلامی', 'alias:سپاه']);
  });

  it('a counterpart is someone else even when the office it mirrors names no country', () => {
    const doc = run('کامران نوذری وزیر صنعت در سفر به آنکارا با همتای ترکیه‌ای خود دیدار کرد.');
    const counterpart = entityOf(doc, 'همتای ترکیه‌ای');
    expect(counterpart).toBeDefined();
    expect(counterpart).not.toBe(entityOf(doc, 'کامران نوذری'));
    expect(counterpart?.attributes.country).toBe('TUR');
  });

  it('طرف + a demonym is that country\'s side, one entity with the country named elsewhere; دو طرف is no country', () => {
    const doc = run('عراق و ایران قرارداد تازه‌ای امضا کردند. طرف عراقی متعهد شد بدهی‌ها را بپردازد و دو طرف از آن استقبال کردند.');
    const iraq = entityOf(doc, 'طرف عراقی');
    expect(iraq).toMatchObject({ type: 'LOC', canonical: 'عراق', attributes: { country: 'IRQ' } });
    expect(iraq?.said).toContain('alias:طرف عراقی');
    expect(entityOf(doc, 'دو طرف')).toBeUndefined();
  });

  it('the opening words of an organization named before in full are that organization', () => {
    const doc = run('نیروی دریایی ارتش جمهوری اسلامی ایران رزمایش تازه‌ای را آغاز کرد. نیروی دریایی همچنین دو ناوشکن تازه را به آب انداخت.');
    const navy = entityOf(doc, 'نیروی دریایی');
    expect(navy?.attributes.country).toBe('IRN');
    expect(navy?.said.length).toBe(2);
  });

  it('مقاومت after an armed group is named is that group; with none named it is placed nowhere', () => {
    const doc = run('حزب‌الله لبنان اعلام کرد که مقاومت به هر تجاوزی پاسخ می‌دهد.');
    expect(entityOf(doc, 'مقاومت')?.said).toContain('name:حزب‌الله لبنان');
    expect(entityOf(run('مقاومت به هر تجاوزی پاسخ می‌دهد.'), 'مقاومت')?.attributes.country).toBeUndefined();
  });

  it('an office named first takes the name that continues its turn', () => {
    const doc = run('رئیس سازمان بهزیستی از طرح تازه خبر داد. دکتر نادر کیانی افزود: این طرح فراگیر است.');
    const person = entityOf(doc, 'نادر کیانی');
    expect(person?.said).toEqual(['role:رئیس سازمان بهزیستی', 'name:نادر کیانی']);
    expect(person?.attributes.titles).toEqual(['دکتر']);
  });

  it('a pronoun goes to the subject of the sentence before, not to a person after a preposition', () => {
    const doc = run('هانس گروندبرگ با محمد رحیمی دیدار کرد. او گفت: گفت‌وگو مفید بود.');
    expect(entityOf(doc, 'هانس گروندبرگ')?.said).toContain('pronoun:او');
  });

  it('people described, not named: یکی از ... and این ...', () => {
    const doc = run('یکی از کارگران معترض گفت دستمزدها پرداخت نشده است. این کارگر افزود: وضعیت سخت است.');
    expect(entityOf(doc, 'یکی از کارگران معترض')?.said).toEqual(['role:یکی از کارگران معترض', 'role:این کارگر']);
  });
});

describe('values', () => {
  it('resolves dates against the report date and reads money', () => {
    const doc = run('وزیر نفت صبح امروز اعلام کرد ۳ میلیارد دلار در سال ۱۴۰۲ جذب شد.', '2024-03-20');
    expect(entityOf(doc, 'صبح امروز')?.attributes).toMatchObject({ value: '2024-03-20', relative: true });
    expect(entityOf(doc, '۳ میلیارد دلار')?.attributes).toEqual({ value: 3e9, currency: 'USD' });
    expect(entityOf(doc, 'سال ۱۴۰۲')?.attributes).toMatchObject({ value: '2023-03-21/2024-03-19', calendar: 'jalali', granularity: 'year' });
  });
});

describe('the layers', () => {
  const text = 'به گزارش ايسنا، سرگئي لاوروف وزير خارجه روسيه ديروز در مسكو گفت كه وي با عراقچي ديدار مي كند.';
  it('are plain JSON, within the text, and pass the Doc invariants', () => {
    const doc = run(text, '2024-03-20');
    expect(checkDoc(doc)).toEqual([]);
    expect(JSON.parse(JSON.stringify(doc.layers.entities))).toEqual(doc.layers.entities);
    for (const m of entityTable(doc).flatMap((e) => e.mentions)) expect(doc.text.slice(m.start, m.end).trim()).not.toBe('');
  });

  it('list each entity with all its mentions, as layers.mentions has them', () => {
    const doc = run(text, '2024-03-20');
    const records = doc.layers.entities as unknown as { id: string; mentions: { start: number; end: number; kind: string }[] }[];
    const lavrov = records.find((e) => e.mentions.some((m) => doc.text.slice(m.start, m.end) === 'سرگئي لاوروف'));
    expect(lavrov?.mentions.map((m) => `${m.kind}:${doc.text.slice(m.start, m.end)}`)).toEqual(['name:سرگئي لاوروف', 'role:وزير خارجه روسيه', 'pronoun:وي']);
    const fromLayer = (doc.layers.mentions as unknown as { entity: string; start: number; end: number; kind: string }[]).map((m) => ({ id: m.entity, start: m.start, end: m.end, kind: m.kind }));
    expect(records.flatMap((e) => e.mentions.map((m) => ({ id: e.id, ...m }))).sort((a, b) => a.start - b.start)).toEqual(fromLayer);
  });

  it('give one IOB tag per token', () => {
    const doc = run('سرگئی لاوروف در مسکو گفت.');
    expect(entityTagsForTokens(doc)).toEqual(['B-PER', 'I-PER', 'O', 'B-LOC', 'O', 'O']);
  });

  it('work without any data: no names, but dates and numbers', () => {
    const bare = createPipeline([createNormalizeStage(), createTokenizeStage(), createEntitiesStage(undefined)]);
    const doc = bare.run(createDoc('دو هزار نفر در ۲۲ بهمن ۱۳۵۷ آمدند'));
    expect(entityTable(doc).map((e) => e.type)).toEqual(['NUM', 'DATE']);
    expect(checkDoc(doc)).toEqual([]);
  });

  it('reads the home country from the options and refuses a bad one', () => {
    const afghan = createPipeline([createNormalizeStage(undefined, lexicons), createTokenizeStage(), createEntitiesStage(lexicons, { homeCountry: 'AFG' })]);
    expect(entityOf(afghan.run(createDoc('رئیس‌جمهور کشورمان گفت.')), 'کشورمان')?.canonical).toBe('افغانستان');
    expect(() => createEntitiesStage(lexicons, { homeCountry: 'iran' })).toThrow(expect.objectContaining({ code: 'E005' }));
    try {
      createEntitiesStage(lexicons, { homeCountry: 'ir' });
    } catch (error) {
      expect(isKhabarError(error, 'E005')).toBe(true);
    }
  });
});

describe('country in words', () => {
  it('gives a place named after a sea or ocean no country of the name', () => {
    const doc = run('ناوگان روسیه صبح امروز در شمال اقیانوس هند مستقر شد.');
    const ocean = entityTable(doc).find((e) => e.canonical.includes('اقیانوس'));
    expect(ocean).toBeDefined();
    expect(ocean?.attributes?.country).not.toBe('IND');
  });
});

describe('issue 5: an ambiguous outlet after an attribution lead', () => {
  it('به نوشته الجزیره is the channel, and so is الجزیره reporting; the city named as a city is not taken so', () => {
    const lead = entityOf(run('به نوشته الجزیره، دو کشور درباره سهم آب به توافق رسیدند.'), 'الجزیره');
    expect(lead).toMatchObject({ type: 'ORG', canonical: 'الجزیره' });
    expect(entityOf(run('الجزیره گزارش داد که دو طرف به توافق رسیدند.'), 'الجزیره')?.type).toBe('ORG');
    expect(entityOf(run('کاروان امدادی دیروز از شهر الجزیره گذشت.'), 'شهر الجزیره')?.type).toBe('LOC');
  });
});

describe('issue 4: a body whose name opens with a number word', () => {
  it('سه کشور اروپایی is the E3, an international body, while a count before a noun stays a number', () => {
    const doc = run('سه کشور اروپایی از تهران خواستند به میز مذاکره بازگردد و دو کشور دیگر نیز از این درخواست حمایت کردند.');
    const e3 = entityOf(doc, 'سه کشور اروپایی');
    expect(e3?.type).toBe('ORG');
    expect(e3?.canonical).toBe('تروئیکای اروپایی');
    expect(e3?.attributes).toMatchObject({ subtype: 'international' });
    expect(entityOf(doc, 'دو')?.type).toBe('NUM');
  });
});

describe('issue 4: a comma after an office', () => {
  it('ends the office unless a list of portfolios goes on to و', () => {
    const doc = run('به گفته وزیر نفت، طرف ترکیه‌ای خواستار کاهش قیمت گاز شده است. وزیر بهداشت، درمان و آموزش پزشکی نیز در این نشست حضور داشت.');
    expect(entityOf(doc, 'وزیر نفت')?.said).toEqual(['role:وزیر نفت']);
    expect(entityOf(doc, 'طرف ترکیه‌ای')?.canonical).toBe('ترکیه');
    expect(entityOf(doc, 'وزیر بهداشت، درمان و آموزش پزشکی')?.type).toBe('PER');
  });
});

describe('issue 4: an institution noun after a demonstrative', () => {
  it('is the body named before, so the office holder is its spokesman and no bare body is made of it', () => {
    const doc = run('کمیسیون کشاورزی مجلس اعلام کرد که جلسه فردا برگزار می‌شود. سخنگوی این کمیسیون گفت که وزیر در جلسه حاضر می‌شود.');
    const spokesman = entityOf(doc, 'سخنگوی این کمیسیون');
    expect(spokesman?.type).toBe('PER');
    expect(spokesman?.attributes.roles?.[0]?.organizationName).toBe('کمیسیون کشاورزی مجلس');
    expect(entityTable(doc).filter((e) => e.type === 'ORG').map((e) => e.canonical)).toEqual(['کمیسیون کشاورزی مجلس']);
  });
});

describe('issue 4: what an office before a name does not take (review of the eleventh session)', () => {
  it('a new name that only acts is not the office-holder who spoke before, and people are no portfolio', () => {
    const doc = run('سخنگوی وزارت خارجه ایران گفت که تهران آماده مذاکره است. حسن روحانی فردا به مسکو سفر می‌کند.');
    expect(entityOf(doc, 'حسن روحانی')?.said).toEqual(['name:حسن روحانی']);
    expect(entityOf(run('به گفته وزیر کشور، مردم و مسئولان باید همکاری کنند.'), 'وزیر کشور')?.said).toEqual(['role:وزیر کشور']);
  });
});
