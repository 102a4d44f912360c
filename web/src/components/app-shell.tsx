import type { ComponentChildren } from 'preact';
import type { PageName } from '../lib/router.js';
import { Link } from './link.js';

const NAV: { href: string; label: string; pages: PageName[] }[] = [
  { href: '/', label: 'جست‌وجو', pages: ['search', 'report'] },
  { href: '/analyze', label: 'تحلیل متن', pages: ['analyze'] },
  { href: '/entities', label: 'اشخاص و نهادها', pages: ['entities', 'entity'] },
  { href: '/events', label: 'رویدادها', pages: ['events'] },
];

/** The frame of every page: a skip link, the site name, the main navigation (current page marked), and the page. */
export function AppShell({ page, children }: { page: PageName; children: ComponentChildren }) {
  return (
    <>
      <a class="skip-link" href="#main">پرش به محتوای اصلی</a>
      <header class="site-header">
        <Link href="/" class="brand" aria-label="خبر، صفحهٔ نخست">خبر</Link>
        <nav aria-label="بخش‌ها">
          <ul>
            {NAV.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={item.pages.includes(page) ? 'page' : undefined}>{item.label}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <a class="docs-link" href="/docs" lang="en" dir="ltr">API</a>
      </header>
      <main id="main" tabIndex={-1}>{children}</main>
    </>
  );
}
