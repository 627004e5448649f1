/**
 * Names every bundled framework file that could not be read, and what to do about it.
 */
import { useAppStore } from '../../store/app-store';

export function FrameworkProblems() {
  const problems = useAppStore((state) => state.frameworkProblems);
  if (problems.length === 0) return null;
  return (
    <section role="alert" className="notice notice-error" aria-labelledby="framework-problems-title">
      <h2 id="framework-problems-title">
        {problems.length === 1 ? 'One framework file could not be loaded' : `${problems.length} framework files could not be loaded`}
      </h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem.file}>
            <code>{problem.file}</code>
            <pre className="problem-detail">{problem.message}</pre>
          </li>
        ))}
      </ul>
      <p>The other frameworks work as usual. Reinstalling Waymark restores the bundled files.</p>
    </section>
  );
}
