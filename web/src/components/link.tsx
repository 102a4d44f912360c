import type { ComponentProps } from 'preact';
import { navigate } from '../lib/router.js';

/**
 * A link inside the UI: a real `<a href>` (open in a new tab, copy the address, keyboard and screen
 * readers as usual) that moves without reloading on a plain click.
 */
export function Link(props: ComponentProps<'a'> & { href: string }) {
  const onClick = (event: MouseEvent): void => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(props.href);
  };
  return <a {...props} onClick={onClick} />;
}

