/** The entity stage's public surface: the stage, its layers, pretokenized tagging, calendars. */
export { createEntitiesStage, type EntitiesOptions } from './entities-stage.js';
export {
  entityTable, entityTagsForTokens, type EntityAttributes, type EntityRecord, type EntityType, type EntityWithMentions, type Mention, type MentionKind, type PersonRole,
} from './entity-layers.js';
export { createWordEntityTagger, docFromWords } from './tag-words.js';
export { type EntityFiles, type EntityResources, parseEntityResources } from './entity-resources.js';
export { entityKey, skeletonKey } from './entity-key.js';
export {
  type CalendarDate, type CalendarName, gregorianToJdn, hijriToJdn, isoOfJdn, jalaliToJdn, jdnToGregorian, jdnToHijri, jdnToJalali,
} from './calendars.js';
