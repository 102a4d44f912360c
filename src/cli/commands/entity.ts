import type { Command } from 'commander';
import { CorpusError } from '../../corpus/corpus-error.js';
import type { EntityProfile } from '../../corpus/store/store.js';
import { write } from '../output.js';
import { corpusOptions, type CorpusFlags, withStore } from './ingest.js';

function describeEntity(p: EntityProfile): string {
  const lines = [`${p.canonical} (${p.type}${p.country ? `, ${p.country}` : ''}) #${p.id}`];
  if (p.aliases.length > 0) lines.push(`  aliases: ${p.aliases.map((a) => `${a.alias} (${a.count})`).join('، ')}`);
  for (const r of p.roles) lines.push(`  role: ${r.role} (${r.first?.slice(0, 10) ?? '?'} – ${r.last?.slice(0, 10) ?? '?'}, ${r.reports} reports)`);
  lines.push(`  mentions: ${p.timeline.map((t) => `${t.date}: ${t.mentions}`).join(', ')}`);
  for (const q of p.quotes) lines.push(`  said (${q.published?.slice(0, 10) ?? '?'}, #${q.reportId}): ${q.text.replace(/\s+/g, ' ')}`);
  for (const e of p.events) lines.push(`  ${e.type}${e.inferred ? ' (inferred)' : ''} as ${e.role}${e.other ? ` with ${e.other}` : ''} (${e.published?.slice(0, 10) ?? '?'}, #${e.reportId})`);
  if (p.coMentions.length > 0) lines.push(`  named with: ${p.coMentions.map((c) => `${c.canonical} (${c.reports})`).join('، ')}`);
  return lines.join('\n') + '\n';
}

/**
 * `khabar entity NAME [--json]`: a person, organization or place across the corpus — by name, alias or
 * role, in any spelling: aliases, roles over time, mentions per day, quotes, co-mentions, events.
 */
export function registerEntity(program: Command): void {
  corpusOptions(program.command('entity')
    .description('show a person, organization or place across the corpus: aliases, roles, timeline, quotes, events')
    .argument('<name...>', 'a name, alias or role, in any spelling')
    .option('--json', 'print the profile as JSON'))
    .action(async (words: string[], flags: CorpusFlags & { json?: boolean }) => {
      const name = words.join(' ');
      const profile = await withStore(flags, (store) => store.entity(name));
      if (!profile) throw new CorpusError(`no entity named "${name}" in the corpus`);
      await write(flags.json ? JSON.stringify(profile) + '\n' : describeEntity(profile));
    });
}
