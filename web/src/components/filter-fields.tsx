import { useEffect, useState } from 'preact/hooks';

/** What a text input needs to edit one field of a filter form. */
export type FieldBinder<K extends string> = (name: K) => { value: string; onInput: (event: Event) => void };

/**
 * The state of a filter form: its fields as text, reset to `values` whenever `key` changes (a new
 * address), a binder for text inputs and a setter for selects and check boxes.
 */
export function useFilterForm<K extends string>(values: Record<K, string>, key: string) {
  const [form, setForm] = useState(values);
  useEffect(() => setForm(values), [key]);
  const set = (name: K, value: string): void => setForm((previous) => ({ ...previous, [name]: value }));
  const bind: FieldBinder<K> = (name) => ({ value: form[name], onInput: (event: Event) => set(name, (event.currentTarget as HTMLInputElement).value) });
  return { form, set, bind };
}

/** A labelled choice among coded values, `همه` (all) first. */
export function ChoiceField({ label, value, choices, onChange }: { label: string; value: string; choices: Record<string, string>; onChange: (value: string) => void }) {
  return (
    <label>{label}
      <select value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value)}>
        <option value="">همه</option>
        {Object.entries(choices).map(([code, name]) => <option key={code} value={code}>{name}</option>)}
      </select>
    </label>
  );
}

/** The two labelled date inputs of a date range. */
export function DateRangeFields({ bind }: { bind: FieldBinder<'from' | 'to'> }) {
  return (
    <>
      <label>از تاریخ<input type="date" {...bind('from')} /></label>
      <label>تا تاریخ<input type="date" {...bind('to')} /></label>
    </>
  );
}
