import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { SECTIONS, sectionOf, type SectionId } from '../../lib/options/sections';
import { AuditLogView } from './AuditLogView';
import { ContextEditor } from './context/ContextEditor';
import { FieldButtonToggle } from './FieldButtonToggle';
import { FusionTraces } from './FusionTraces';
import { ModelManager } from './ModelManager';
import { SetupSteps } from './setup/SetupSteps';
import { SitesSection } from './SitesSection';
import { usePinnedHash } from './usePinnedHash';

/** The section the menu marks: the one the hash names, then the one the user has scrolled to. */
function useSection(): SectionId {
  const [section, setSection] = useState(() => sectionOf(location.hash));
  useEffect(() => {
    // Scrolls the page makes itself (to a linked section) keep the linked section marked; only the
    // user's own scrolling moves the mark.
    let byUser = false;
    const onHash = () => {
      byUser = false;
      setSection(sectionOf(location.hash));
    };
    const onInput = () => (byUser = true);
    const stop = new AbortController();
    addEventListener('hashchange', onHash, { signal: stop.signal });
    for (const type of ['wheel', 'keydown', 'pointerdown', 'touchstart'])
      addEventListener(type, onInput, { signal: stop.signal, passive: true });
    // The current section is then the last one whose top is in the upper part of the window.
    const onScroll = () => {
      if (!byUser) return;
      const reached = SECTIONS.filter((s) => {
        const top = document.getElementById(s.id)?.getBoundingClientRect().top;
        return top !== undefined && top <= innerHeight * 0.4;
      }).at(-1);
      if (reached) setSection(reached.id);
    };
    addEventListener('scroll', onScroll, { signal: stop.signal, passive: true });
    return () => stop.abort();
  }, []);
  return section;
}

const BODIES: Record<SectionId, () => JSX.Element | null> = {
  setup: SetupSteps,
  context: ContextEditor,
  sites: () => (
    <>
      <SitesSection />
      <FieldButtonToggle />
    </>
  ),
  models: ModelManager,
  activity: AuditLogView,
  advanced: FusionTraces,
};

/**
 * The options page as one scrolling page of sections with a menu, like the browser's own settings:
 * the hash (#sites, #context/fact-3) marks and scrolls to a section, and every section stays in the
 * page so nothing the user typed elsewhere is lost by moving between them.
 */
export function OptionsApp() {
  const current = useSection();
  usePinnedHash();
  return (
    <div class="options-app">
      <nav class="options-nav" aria-label="Sections">
        <span class="brand">
          <img src="/icon/32.png" alt="" width={20} height={20} /> <span>CoGenesis</span>
        </span>
        {SECTIONS.map((s) => (
          <a key={s.id} href={`#${s.id}`} aria-current={s.id === current ? 'location' : undefined}>
            {s.title}
          </a>
        ))}
      </nav>
      <main class="options-main">
        {SECTIONS.map((s) => {
          const Body = BODIES[s.id];
          return (
            <section key={s.id} id={s.id} class="options-section" aria-labelledby={`${s.id}-title`}>
              <h1 id={`${s.id}-title`}>{s.title}</h1>
              <Body />
            </section>
          );
        })}
      </main>
    </div>
  );
}
