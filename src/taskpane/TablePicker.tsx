import { Field, Select } from "@fluentui/react-components";
import type { Evaluation } from "../app";
import type { Finding } from "../core/findings";
import type { SheetKey } from "../core/schema";
import { Lang, UiMessages, messages } from "../i18n";

interface Props {
  S: UiMessages;
  lang: Lang;
  evaluation: Evaluation;
  busy: boolean;
  onChoose: (kind: SheetKey, place: string) => void;
}

const isAmbiguous = (f: Finding): f is Finding<"AMBIGUOUS_TABLE"> => f.code === "AMBIGUOUS_TABLE";

/**
 * Where a kind of table appears more than once, nothing of that kind is read until the accountant picks one
 * (AMBIGUOUS_TABLE): one choice per kind, as the CLI's --table gives it.
 */
export function TablePicker({ S, lang, evaluation, busy, onChoose }: Props) {
  const ambiguous = evaluation.findings.filter(isAmbiguous);
  if (ambiguous.length === 0) return null;
  const names = messages(lang).tables;
  return (
    <div data-testid="table-picker">
      {ambiguous.map(({ params: { kind, places } }) => (
        <Field key={kind} label={S.chooseTable(names[kind])} size="small">
          <Select size="small" value="" disabled={busy} onChange={(_, d) => d.value && onChoose(kind, d.value)}>
            <option value="">{S.chooseTablePrompt}</option>
            {places.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </div>
  );
}
