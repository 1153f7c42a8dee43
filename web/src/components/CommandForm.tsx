/** A form that sends one command. A refusal shows its problem next to the field at fault (or
 * above the buttons when no field is named) and keeps what was typed: nothing is lost. A field
 * named with dots (`article.reference`) is sent inside an object, as the problem names it back. */
import { Checkbox, MultiSelect, NumberInput, PasswordInput, Select, Stack, TagsInput, Textarea, TextInput } from "@mantine/core";
import { type FormEvent, useState } from "react";
import { command, type Written } from "../api/commands";
import { ProblemError } from "../api/problems";
import { FormFooter } from "./FormFooter";

export interface FieldSpec {
  name: string;
  label: string;
  kind: "text" | "password" | "textarea" | "datetime" | "date" | "time" | "number" | "select" | "multiselect" | "tags" | "checkbox" | "hidden";
  required?: boolean;
  options?: { value: string; label: string }[];
  initial?: string;
}

interface CommandFormProps {
  path: string;
  fields: FieldSpec[];
  submitLabel: string;
  ifMatch?: number;
  /** The body as the command takes it, when it is not the fields' object (a list of one, say). */
  shape?: (body: Record<string, unknown>) => object;
  onDone: (written: Written) => void;
  onCancel?: () => void;
}

export function CommandForm({ path, fields, submitLabel, ifMatch, shape, onDone, onCancel }: CommandFormProps) {
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(fields.map((field) => [field.name, field.initial ?? ""])),
  );
  const [problem, setProblem] = useState<ProblemError | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const body = bodyOf(fields, values);
      onDone(await command(path, shape ? shape(body) : body, { ifMatch }));
      setProblem(null);
    } catch (error) {
      if (!(error instanceof ProblemError)) throw error;
      setProblem(error);
    } finally {
      setBusy(false);
    }
  }

  const refused = new Set(problem?.fieldErrors.map((error) => error.field));
  const named = fields.some((field) => field.kind !== "hidden" && refused.has(field.name));
  return (
    <Stack component="form" onSubmit={submit} gap="sm">
      {fields.map((field) => {
        const common = {
          label: field.label,
          required: field.required,
          error: problem?.forField(field.name),
        };
        const set = (value: string) => setValues((old) => ({ ...old, [field.name]: value }));
        const value = values[field.name] ?? "";
        switch (field.kind) {
          case "textarea":
            return <Textarea key={field.name} {...common} autosize minRows={2} value={value} onChange={(e) => set(e.currentTarget.value)} />;
          case "select":
            return <Select key={field.name} {...common} searchable data={field.options ?? []} value={value || null} onChange={(v) => set(v ?? "")} />;
          case "multiselect":
            return <MultiSelect key={field.name} {...common} data={field.options ?? []} value={listOf(value)} onChange={(v) => set(v.join(LIST))} />;
          case "tags":
            return <TagsInput key={field.name} {...common} value={listOf(value)} onChange={(v) => set(v.join(LIST))} />;
          case "checkbox":
            return <Checkbox key={field.name} label={field.label} error={common.error} checked={value === "true"} onChange={(e) => set(e.currentTarget.checked ? "true" : "")} />;
          case "number":
            return <NumberInput key={field.name} {...common} decimalSeparator="," allowedDecimalSeparators={[".", ","]} value={value} onChange={(v) => set(String(v))} />;
          case "time":
            return <TextInput key={field.name} {...common} type="time" value={value} onChange={(e) => set(e.currentTarget.value)} />;
          case "datetime":
            return <TextInput key={field.name} {...common} type="datetime-local" value={value} onChange={(e) => set(e.currentTarget.value)} />;
          case "date":
            return <TextInput key={field.name} {...common} type="date" value={value} onChange={(e) => set(e.currentTarget.value)} />;
          case "password":
            return <PasswordInput key={field.name} {...common} value={value} onChange={(e) => set(e.currentTarget.value)} />;
          case "hidden":
            return null;
          case "text":
            return <TextInput key={field.name} {...common} value={value} onChange={(e) => set(e.currentTarget.value)} />;
        }
      })}
      <FormFooter problem={problem} named={named} busy={busy} submitLabel={submitLabel} onCancel={onCancel} />
    </Stack>
  );
}

const LIST = "\u001f"; // a multiselect's choices, kept in one string as every other value

function listOf(value: string): string[] {
  return value ? value.split(LIST) : [];
}

/** The command's JSON body: empty optional fields left out, local times sent with their offset,
 * numbers as numbers, a multiselect as a list, dotted names inside objects. */
function bodyOf(fields: FieldSpec[], values: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const field of fields) {
    const value = values[field.name] ?? "";
    if (!value) continue;
    const path = field.name.split(".");
    let into = body;
    for (const part of path.slice(0, -1)) into = (into[part] ??= {}) as Record<string, unknown>;
    into[path[path.length - 1]] = sent(field.kind, value);
  }
  return body;
}

function sent(kind: FieldSpec["kind"], value: string): unknown {
  switch (kind) {
    case "datetime":
      return new Date(value).toISOString();
    case "number":
      return Number(value);
    case "multiselect":
    case "tags":
      return listOf(value);
    case "checkbox":
      return true;
    default:
      return value;
  }
}
