import type { Policy } from '../../../api/types';
import { useLocalized } from '../../../shared/tenant/use-localized';

/**
 * The policy exactly as the API sends it: plain text in sections. Every heading and paragraph is
 * a React text node, so markup in it (even `<script>`) shows as the characters it is and never
 * runs; line breaks inside a paragraph are kept by CSS.
 */
export function PolicyText({ policy }: { policy: Policy }) {
  const localized = useLocalized();
  return (
    <div className="policy-text">
      {policy.sections.map((section, index) => (
        <section key={index} aria-labelledby={`policy-section-${index}`}>
          <h2 id={`policy-section-${index}`}>{localized(section.heading)}</h2>
          {section.paragraphs.map((paragraph, paragraphIndex) => (
            <p key={paragraphIndex}>{localized(paragraph)}</p>
          ))}
        </section>
      ))}
    </div>
  );
}
