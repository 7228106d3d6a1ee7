// Submit buttons of one form that post one field with different values: accept or decline a
// meeting request, a meeting held or missed. The first is the main action, the others secondary.
import { Fragment } from "react";

export function ChoiceButtons({ name, choices }: { name: string; choices: readonly { value: string; label: string }[] }) {
  return (
    <>
      {choices.map((choice, i) => (
        <Fragment key={choice.value}>
          {i > 0 ? " " : null}
          <button type="submit" name={name} value={choice.value} className={i === 0 ? "button small" : "button small secondary"}>
            {choice.label}
          </button>
        </Fragment>
      ))}
    </>
  );
}
