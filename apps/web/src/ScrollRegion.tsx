import type { ReactNode, Ref } from "react";

/** A named, keyboard-reachable scrolling box (WCAG 2.1.1; axe "scrollable-region-focusable"). */
export const ScrollRegion = (props: {
  readonly label: string;
  readonly className?: string;
  readonly testId?: string;
  readonly ref?: Ref<HTMLElement>;
  readonly children: ReactNode;
}) => (
  <section
    ref={props.ref}
    className={props.className ?? "scroll-box"}
    data-testid={props.testId}
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    tabIndex={0}
    aria-label={props.label}
  >
    {props.children}
  </section>
);
