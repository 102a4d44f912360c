import { useEffect, useRef } from 'preact/hooks';
import { AppShell } from './components/app-shell.js';
import { Link } from './components/link.js';
import { usePlace } from './lib/router.js';
import { AnalyzePage } from './pages/analyze-page.js';
import { EntitiesPage } from './pages/entities-page.js';
import { EntityPage } from './pages/entity-page.js';
import { EventsPage } from './pages/events-page.js';
import { ReportPage } from './pages/report-page.js';
import { SearchPage } from './pages/search-page.js';

const TITLES: Record<string, string> = {
  search: 'جست‌وجو', analyze: 'تحلیل متن', report: 'خبر', entities: 'نام‌ها', entity: 'نام', events: 'رویدادها', 'not-found': 'پیدا نشد',
};

/** The UI: the page the address names, in the shell; focus moves to the new page's heading on navigation. */
export function App() {
  const place = usePlace();
  const first = useRef(true);
  useEffect(() => {
    document.title = `${TITLES[place.page]} · خبر`;
    // not on the first load (the reader starts at the top); after moving, at the new page's heading
    if (!first.current) document.querySelector<HTMLElement>('main h1')?.focus();
    first.current = false;
  }, [place.page, place.arg]);
  return (
    <AppShell page={place.page}>
      {place.page === 'search' && <SearchPage place={place} />}
      {place.page === 'analyze' && <AnalyzePage />}
      {place.page === 'report' && <ReportPage id={place.arg} />}
      {place.page === 'entities' && <EntitiesPage place={place} />}
      {place.page === 'entity' && <EntityPage reference={place.arg} />}
      {place.page === 'events' && <EventsPage place={place} />}
      {place.page === 'not-found' && (
        <>
          <h1 tabIndex={-1}>این صفحه پیدا نشد</h1>
          <p><Link href="/">بازگشت به جست‌وجو</Link></p>
        </>
      )}
    </AppShell>
  );
}
