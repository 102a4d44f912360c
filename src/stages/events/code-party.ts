import type { EntityRecord } from '../entities/entity-layers.js';
import type { Party } from './event-parties.js';
import { type Gazetteer, knownPerson } from '../entities/gazetteer.js';
import type { EventParty, Sector } from './event-layer.js';

/** Role heads and the sector they put a person in, first match wins (`سپاه` and `امیر` as words: not `باشگاه سپاهان`، `دانشگاه امیرکبیر`). */
const ROLE_SECTORS: [RegExp, Sector][] = [
  [/دبیرکل سازمان ملل|سازمان ملل|آژانس بین|اتحادیه اروپا|ناتو|شورای امنیت(?! ملی)|صلیب سرخ|سازمان بهداشت|سازمان جهانی|دیوان بین|اتحادیه جهانی|کمیساریای عالی/, 'IGO'],
  [/فرمانده|سردار|سرلشکر|سرتیپ|سرهنگ|امیر(?![آ-ی])|دریادار|ارتش|سپاه(?![آ-ی])|نظامی|ستاد کل/, 'MIL'],
  [/نماینده مجلس|مجلس|پارلمان|کنگره|سنا|نماینده/, 'LEG'],
  [/قاضی|دادستان|دادگاه|قوه قضائیه|قوه قضاییه|رئیس کل دادگستری|دستگاه قضا/, 'JUD'],
  [/مدیرعامل|شرکت|بانک|اتاق بازرگانی|بورس/, 'BUS'],
  [/خبرگزاری|خبرنگار|روزنامه|سردبیر|شبکه/, 'MED'],
  [/وزیر|وزارت|سخنگو|رئیس جمهور|رئیس‌جمهور|رییس جمهور|نخست وزیر|نخست‌وزیر|سفیر|استاندار|فرماندار|دولت|شهردار|معاون|رئیس|رهبر|کاخ سفید|دیپلمات|دبیر|شورای امنیت ملی/, 'GOV'],
];

const ORG_SUBTYPES: Record<string, Sector> = { military: 'MIL', ministry: 'GOV', government: 'GOV', parliament: 'LEG', judiciary: 'JUD', international: 'IGO', igo: 'IGO', company: 'BUS', business: 'BUS', media: 'MED', agency: 'MED', party: 'GOV', rebel: 'REB', militia: 'REB', 'armed-group': 'REB' };

/** {@link sectorOf} by entity record: a report's parties are coded many times over. */
const sectors = new WeakMap<EntityRecord, Sector | null>();

/** The sector of an entity (cached per record): see {@link codeParty}. */
export function sectorOf(entity: EntityRecord, entities: Map<string, EntityRecord>): Sector | undefined {
  let sector = sectors.get(entity);
  if (sector === undefined) sectors.set(entity, (sector = findSector(entity, entities) ?? null));
  return sector ?? undefined;
}

function findSector(entity: EntityRecord, entities: Map<string, EntityRecord>): Sector | undefined {
  const attributes = entity.attributes ?? {};
  if (entity.type === 'ORG' && attributes.subtype && ORG_SUBTYPES[attributes.subtype]) return ORG_SUBTYPES[attributes.subtype];
  // an office in an international body (`فرستاده ویژه اتحادیه آفریقا`) or an armed group (`فرمانده
  // نیروهای واکنش سریع`): its official, whatever the office's name says
  const bodySectors = (attributes.roles ?? []).map((r) => (r.organization ? ORG_SUBTYPES[entities.get(r.organization)?.attributes?.subtype ?? ''] : undefined));
  for (const sector of ['IGO', 'REB'] as const) if (bodySectors.includes(sector)) return sector;
  if ((attributes.ranks ?? []).length > 0) return 'MIL';
  const texts = [...(attributes.roles ?? []).map((r) => `${r.role} ${r.organizationName ?? ''}`), entity.type === 'ORG' ? entity.canonical : ''];
  for (const [pattern, sector] of ROLE_SECTORS) if (texts.some((text) => pattern.test(text))) return sector;
  if (entity.type === 'LOC' && attributes.subtype === 'country') return 'GOV';
  return undefined;
}

/**
 * Codes an actor or recipient: the entity id, the country (a country's own code, else the entity's
 * or its first role's country, else the country the event gave the party; none for an international
 * body and its officials) and the sector
 * from roles, ranks and organization type; a party named only by a demonym has just its country.
 * `وزیر خارجه روسیه` → `{entity: 'e1', country: 'RUS', sector: 'GOV'}`;
 * `نماینده سازمان جهانی بهداشت در ایران` → `{entity: 'e2', sector: 'IGO'}`.
 */
export function codeParty(party: Party | undefined, entities: Map<string, EntityRecord>, gazetteer?: Gazetteer): EventParty | undefined {
  if (!party) return undefined;
  const mention = party.mention;
  if (!mention) return party.country ? { country: party.country } : undefined;
  const entity = entities.get(mention.entity);
  if (!entity) return { entity: mention.entity };
  const attributes = entity.attributes ?? {};
  const sector = sectorOf(entity, entities);
  const country = sector === 'IGO' ? undefined : (attributes.country ?? attributes.roles?.find((r) => r.country)?.country ?? (entity.type === 'PER' && gazetteer ? knownPerson(gazetteer, entity.canonical)?.country : undefined) ?? party.country);
  return { entity: entity.id, ...(country ? { country } : {}), ...(sector ? { sector } : {}) };
}
