import type { LanguageSetting } from "@briefkit/elements";

const CHOICES: ReadonlyArray<readonly [LanguageSetting, string, string?]> = [
  ["zh", "中文", "zh-Hant"],
  ["en", "English"],
  ["both", "Both"],
  ["auto", "Auto"],
];

interface Props {
  value: LanguageSetting;
  onChange: (language: LanguageSetting) => void;
}

/** The `language` attribute of every element on the page, as a group of radio buttons. */
export function LanguagePicker({ value, onChange }: Props) {
  return (
    <fieldset className="segmented">
      <legend>Language</legend>
      {CHOICES.map(([language, label, lang]) => (
        <label key={language}>
          <input
            type="radio"
            name="language"
            value={language}
            checked={value === language}
            onChange={() => onChange(language)}
          />
          <span lang={lang}>{label}</span>
        </label>
      ))}
    </fieldset>
  );
}
