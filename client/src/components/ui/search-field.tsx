// The search box of a filter bar: a labelled `q` field that grows to fill the row, with no browser autofill.
export function SearchField({
  id,
  label,
  placeholder,
  value,
  onChange,
}: {
  id: string;
  label: string;
  placeholder: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <div className="field field--grow">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" name="q" value={value} placeholder={placeholder} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}
