/** Text safe inside HTML: `<b>` → `&lt;b&gt;`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}

type Json = Record<string, unknown>;

/** Documentation prose as HTML: escaped, with `code` in backticks set as code. */
const prose = (text: unknown): string => escapeHtml(String(text ?? '')).replace(/`([^`]+)`/g, '<code>$1</code>');

/** A schema as HTML: a link to a named schema, else its JSON folded under a summary. */
function schemaHtml(schema: unknown): string {
  const ref = (schema as Json | undefined)?.$ref;
  if (typeof ref === 'string') {
    const name = escapeHtml(ref.replace('#/components/schemas/', ''));
    return `<a href="#schema-${name}"><code>${name}</code></a>`;
  }
  return `<details><summary>schema</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details>`;
}

function operationHtml(path: string, method: string, op: Json): string {
  const parameters = (op.parameters ?? []) as Json[];
  const rows = parameters.map((p) => `<tr><td><code>${escapeHtml(String(p.name))}</code></td><td>${escapeHtml(String(p.in))}${p.required ? ', required' : ''}</td>` +
    `<td><code>${escapeHtml(JSON.stringify(p.schema).replace(/"maximum":9007199254740991,?/g, ''))}</code></td><td>${prose(p.description)}</td></tr>`).join('');
  const body = (op.requestBody as Json | undefined)?.content as Record<string, Json> | undefined;
  const responses = Object.entries((op.responses ?? {}) as Record<string, Json>).map(([status, response]) => {
    const content = response.content as Record<string, Json> | undefined;
    const json = content?.['application/json'];
    const type = json ? ` — ${schemaHtml(json.schema)}` : content ? ` — ${escapeHtml(Object.keys(content).join(', '))}` : '';
    return `<li><strong>${escapeHtml(status)}</strong> ${prose(response.description)}${type}</li>`;
  }).join('');
  return `<section class="op" id="${escapeHtml(String(op.operationId ?? ''))}">
<h3><span class="method ${escapeHtml(method)}">${escapeHtml(method.toUpperCase())}</span> <code>${escapeHtml(path)}</code>${op.security ? ' <span class="lock">token</span>' : ''}</h3>
<p>${prose(op.summary)}</p>${op.description ? `<p class="more">${prose(op.description)}</p>` : ''}
${rows ? `<table><thead><tr><th>parameter</th><th>in</th><th>schema</th><th></th></tr></thead><tbody>${rows}</tbody></table>` : ''}
${body ? `<h4>Body</h4>${schemaHtml(body['application/json']?.schema)}` : ''}
<h4>Responses</h4><ul>${responses}</ul></section>`;
}

/**
 * The API's documentation page, rendered on the server from the OpenAPI document: every operation
 * with its parameters, body and responses, then the named schemas. No scripts; its styles come from
 * `/docs.css`, as the Content-Security-Policy allows.
 */
export function docsPage(document: Json): string {
  const info = document.info as Json;
  const paths = document.paths as Record<string, Record<string, Json>>;
  const ops = Object.entries(paths).flatMap(([path, methods]) => Object.entries(methods).map(([method, op]) => ({ path, method, op })));
  const tags = [...new Set(ops.map(({ op }) => String((op.tags as string[])[0])))];
  const schemas = ((document.components as Json).schemas ?? {}) as Json;
  return `<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(String(info.title))}</title><link rel="stylesheet" href="/docs.css"></head>
<body><header><h1>${escapeHtml(String(info.title))} <small>${escapeHtml(String(info.version))}</small></h1>
<p>${escapeHtml(String(info.description))}</p>
<p>The machine-readable document: <a href="/openapi.json">/openapi.json</a> (OpenAPI 3.1). Errors are always <code>{"error": {"code", "message", "issues"}}</code>. The web UI: <a href="/">/</a>.</p>
<nav aria-label="Operations"><ul>${ops.map(({ path, method, op }) => `<li><a href="#${escapeHtml(String(op.operationId))}">${escapeHtml(method.toUpperCase())} ${escapeHtml(path)}</a></li>`).join('')}</ul></nav></header>
<main>${tags.map((tag) => `<h2>${escapeHtml(tag)}</h2>${ops.filter(({ op }) => (op.tags as string[])[0] === tag).map(({ path, method, op }) => operationHtml(path, method, op)).join('\n')}`).join('\n')}
<h2>Schemas</h2>${Object.entries(schemas).map(([name, schema]) => `<section class="schema" id="schema-${escapeHtml(name)}"><h3>${escapeHtml(name)}</h3><details><summary>schema</summary><pre>${escapeHtml(JSON.stringify(schema, null, 2))}</pre></details></section>`).join('\n')}
</main></body></html>`;
}

/** The documentation page's stylesheet. */
export const DOCS_CSS = `body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#1d232b}
h1 small{font-weight:normal;color:#68707a;font-size:.6em}code,pre{font:13px/1.4 ui-monospace,monospace}pre{background:#f4f5f7;padding:.75rem;overflow:auto;max-height:24rem}
nav ul{columns:2;padding-inline-start:1rem}.op{border-top:1px solid #dde1e6;padding:.5rem 0}.method{display:inline-block;min-width:3.5rem;padding:0 .4rem;border-radius:4px;color:#fff;background:#2f6f4f;font-size:.8em}
.method.post{background:#8a4b0f}.lock{font-size:.75em;background:#fde8c8;padding:0 .4rem;border-radius:4px}.more{color:#4a525c}table{border-collapse:collapse;width:100%}td,th{border-bottom:1px solid #eceef1;padding:.25rem .5rem;text-align:left;vertical-align:top}
a{color:#1a5a9a}:focus-visible{outline:3px solid #e0a100;outline-offset:2px}`;
