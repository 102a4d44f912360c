import { faNumber } from '../lib/format.js';
import { ENTITY_TYPE_LABELS, label } from '../lib/labels.js';
import { entityHref, navigate } from '../lib/router.js';

type Node = { id: number; canonical: string; type: string; reports: number };

/** Nodes drawn around the centre at most. */
const MAX_NODES = 16;

/**
 * Who is named in the same reports: the entity in the centre, the others around it, each line as
 * thick as the reports they share. Every name is a link (reachable with Tab) to its own page.
 */
export function CoMentionNetwork({ name, nodes }: { name: string; nodes: readonly Node[] }) {
  const shown = nodes.slice(0, MAX_NODES);
  if (shown.length === 0) return null;
  const size = 420;
  const centre = size / 2;
  const radius = size / 2 - 70;
  const most = Math.max(...shown.map((n) => n.reports));
  const placed = shown.map((node, i) => {
    const angle = (2 * Math.PI * i) / shown.length - Math.PI / 2;
    const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
    // labels outside the circle, anchored on the side facing the centre
    return { node, x: centre + radius * cos, y: centre + radius * sin, lx: centre + (radius + 24) * cos, ly: centre + (radius + 24) * sin + 4, anchor: Math.abs(cos) < 0.3 ? 'middle' : cos > 0 ? 'start' : 'end' };
  });
  const open = (event: MouseEvent, href: string): void => {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    event.preventDefault();
    navigate(href);
  };
  return (
    <svg class="network" direction="ltr" viewBox={`-60 0 ${size + 120} ${size}`} role="group" aria-label={`نام‌هایی که با ${name} در یک خبر آمده‌اند`}>
      {placed.map(({ node, x, y }) => <line key={`l${node.id}`} x1={centre} y1={centre} x2={x} y2={y} class="edge" stroke-width={1 + (4 * node.reports) / most} />)}
      <circle cx={centre} cy={centre} r="34" class="node centre" />
      <text x={centre} y={centre} class="label centre" text-anchor="middle" dominant-baseline="middle">{name}</text>
      {placed.map(({ node, x, y, lx, ly, anchor }) => {
        const href = entityHref(node.id);
        return (
          <a key={node.id} href={href} onClick={(e) => open(e as unknown as MouseEvent, href)} aria-label={`${node.canonical}، ${label(ENTITY_TYPE_LABELS, node.type)}، ${faNumber(node.reports)} خبر مشترک`}>
            <circle cx={x} cy={y} r={8 + (10 * node.reports) / most} class={`node type-${node.type}`} />
            <text x={lx} y={ly} class="label" text-anchor={anchor}>{node.canonical}</text>
          </a>
        );
      })}
    </svg>
  );
}
