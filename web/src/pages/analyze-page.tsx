import { useState } from 'preact/hooks';
import type { DocJson } from '../../../src/api/schemas/doc.js';
import { AnalysisView } from '../components/analysis-view.js';
import { Link } from '../components/link.js';
import { Status } from '../components/status.js';
import { api, ApiFailure, describeFailure } from '../lib/api-client.js';
import { faNumber } from '../lib/format.js';
import { SAMPLE_REPORT } from '../lib/sample-report.js';

/** Adds the analysed text to the corpus; asks for the write token when the server wants one. */
function AddToCorpus({ text }: { text: string }) {
  const [token, setToken] = useState('');
  const [needsToken, setNeedsToken] = useState(false);
  const [outcome, setOutcome] = useState<{ id?: number; message: string } | undefined>();
  const add = async (event: Event): Promise<void> => {
    event.preventDefault();
    try {
      const result = (await api.addReport(text, token || undefined)).results[0];
      if (result.status === 'failed') setOutcome({ message: `افزوده نشد: ${result.error}` });
      else setOutcome({ id: result.id, message: result.status === 'added' ? 'به پیکره افزوده شد.' : 'این متن از پیش در پیکره بود.' });
      setNeedsToken(false);
    } catch (error) {
      if (error instanceof ApiFailure && error.status === 401) setNeedsToken(true);
      setOutcome({ message: describeFailure(error) });
    }
  };
  return (
    <form class="add-to-corpus" onSubmit={add}>
      {needsToken && (
        <label>توکن نوشتن (KHABAR_TOKEN)
          <input type="password" autoComplete="off" value={token} onInput={(e) => setToken((e.currentTarget as HTMLInputElement).value)} required />
        </label>
      )}
      <button type="submit">افزودن به پیکره</button>
      {outcome && <p role="status">{outcome.message} {outcome.id !== undefined && <Link href={`/report/${outcome.id}`}>{`دیدن خبر شمارهٔ ${faNumber(outcome.id)}`}</Link>}</p>}
    </form>
  );
}

/** *Analyze*: paste a report, see its layers; nothing is stored unless asked. */
export function AnalyzePage() {
  const [text, setText] = useState('');
  const [state, setState] = useState<{ doc?: DocJson; text?: string; error?: unknown; loading: boolean }>({ loading: false });
  const run = async (event?: Event): Promise<void> => {
    event?.preventDefault();
    if (text.trim() === '') return;
    setState({ loading: true });
    try {
      setState({ doc: await api.analyze(text), text, loading: false });
    } catch (error) {
      setState({ error, loading: false });
    }
  };
  return (
    <>
      <h1 tabIndex={-1}>تحلیل متن خبر</h1>
      <form class="analyze-form" onSubmit={run}>
        <label for="report-text">متن خبر را اینجا بچسبانید</label>
        <textarea id="report-text" rows={10} value={text} aria-describedby="report-text-hint"
          onInput={(e) => setText((e.currentTarget as HTMLTextAreaElement).value)}
          onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void run(e); }} />
        <p id="report-text-hint" class="hint">نیم‌فاصله‌های افتاده، حروف عربی و ارقام گوناگون اصلاح می‌شوند؛ متن اصلی دست نمی‌خورد. Ctrl+Enter هم تحلیل می‌کند.</p>
        <div class="buttons">
          <button type="submit" class="primary" disabled={state.loading}>تحلیل</button>
          <button type="button" onClick={() => setText(SAMPLE_REPORT)}>گذاشتن متن نمونه</button>
          <button type="button" onClick={() => { setText(''); setState({ loading: false }); }}>پاک کردن</button>
        </div>
      </form>
      <Status loading={state.loading} error={state.error} />
      {state.doc && state.text && (
        <section aria-label="نتیجهٔ تحلیل">
          <AnalysisView doc={state.doc} />
          <AddToCorpus text={state.text} />
        </section>
      )}
    </>
  );
}
