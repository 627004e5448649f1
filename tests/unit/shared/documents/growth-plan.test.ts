import { describe, expect, it } from 'vitest';
import { growthPlanContent } from '../../../../shared/documents/growth-plan';
import { context, evidence, goal } from './document-fixtures';

describe('growthPlanContent', () => {
  const content = growthPlanContent(
    context({ 'frontend.L5.experience.1': 'consistently', 'frontend.L5.skill.2': 'partly' }),
    [
      goal({ id: 'g2', title: 'Second', order: 2, dueDate: '2026-12-01' }),
      goal({
        id: 'g1',
        order: 1,
        owner: 'manager',
        dueDate: '2026-11-01',
        evidenceIds: ['e1'],
        description: '  Lead the review 🌱\r\n\r\nمراجعة · 审查  \n',
        successCriteria: '- No serious findings\n- A checklist in the handbook',
        actions: [
          { id: 'a1', text: 'Pair on a review', owner: 'me', dueDate: '2026-11-10', done: false },
          { id: 'a2', text: 'Read the guide', owner: 'coach', done: true },
        ],
      }),
      goal({ id: 'g3', title: 'Old and done', status: 'done', archived: true }),
    ],
    [evidence({}), evidence({ id: 'e2', date: '2026-11-20', text: 'Led the retro', itemIds: ['frontend.L5.skill.4'] })],
  );

  it('names the person, the framework, the levels and the document date, with the source in the footer', () => {
    expect(content.person).toBe('Zoë Łukasz Ångström');
    expect(content.meta.title).toBe('Growth plan — Zoë Łukasz Ångström');
    expect(content.framework).toBe('Career map: Infrastructure and Frontend — Frontend');
    expect(content.levels).toBe('L4 → L5');
    expect(content.meta.dateLabel).toBe('on 2026-11-23');
    expect(content.meta.footer).toBe(
      'Career map: Infrastructure and Frontend · version 1 · source: A career map web page with two tracks, Infrastructure and Frontend, converted by Waymark',
    );
  });

  it('summarises the gap by area from the same figures as the screen', () => {
    expect(content.headline).toBe('25% of L5 met · 2 of 6 rated');
    expect(content.areas.find((area) => area.name === 'Experience')).toEqual({ name: 'Experience', percent: 100, missing: 0 });
    expect(content.areas.find((area) => area.name === 'Architecture, performance & security')).toMatchObject({ percent: 17, missing: 2.5 });
  });

  it('lists the open goals in plan order with their statements, actions, dates and evidence; archived goals stay out', () => {
    expect(content.goals.map((block) => block.title)).toEqual(['Own the security review', 'Second']);
    const [first] = content.goals;
    expect(first).toMatchObject({ owner: 'Manager', status: 'In progress', due: 'on 2026-11-01', overdue: true });
    expect(first?.statements).toEqual(['Security: Awareness of common vulnerabilities and how to mitigate them.']);
    expect(first?.actions).toEqual([
      { text: 'Pair on a review', owner: 'Zoë Łukasz Ångström', due: 'on 2026-11-10', done: false, overdue: true },
      { text: 'Read the guide', owner: 'Coach', due: undefined, done: true, overdue: false },
    ]);
    expect(first?.evidence).toEqual([{ date: 'on 2026-10-10', text: 'Ran the threat model' }]);
    expect(content.goals[1]?.overdue).toBe(false);
  });

  it("prints a goal's description and success criteria with their line breaks, and nothing for a goal without them", () => {
    expect(content.goals[0]).toMatchObject({
      description: 'Lead the review 🌱\n\nمراجعة · 审查',
      successCriteria: '- No serious findings\n- A checklist in the handbook',
    });
    expect(content.goals[1]?.description).toBeUndefined();
    expect(content.goals[1]?.successCriteria).toBeUndefined();
  });

  it('highlights the newest evidence first', () => {
    expect(content.evidence.map((entry) => entry.text)).toEqual(['Led the retro', 'Ran the threat model']);
    expect(content.evidence[0]?.supports[0]).toMatch(/^Soft Skills: /);
  });
});
