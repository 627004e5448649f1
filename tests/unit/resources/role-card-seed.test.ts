import { describe, expect, it } from 'vitest';
import { componentId } from '../../../shared/framework/ids';
import type { ComponentType } from '../../../shared/framework/schema';
import { loadRoleCard, readBundledText, readSeed, seedLines } from './seed-data';

const seedName = '004_514a4409243d7a14.txt';
const card = loadRoleCard();
const seed = readSeed(seedName);
const lines = seedLines(seedName);

/** The seed's component lines under a heading, with the "commonlevel" badge residue removed. */
function seedComponents(heading: string): string[] {
  const start = lines.indexOf(heading);
  const out: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (!line.startsWith('•')) break;
    out.push(line.replace(/^•\s*/, '').replace(/commonlevel$/, ''));
  }
  return out;
}

const groups: [ComponentType, string, number][] = [
  ['responsibility', 'Responsibilities8', 8],
  ['task', 'Tasks3', 3],
  ['skill', 'Skills8', 8],
  ['knowledge', 'Knowledge8', 8],
  ['competency', 'competency7', 7],
  ['qualification', 'qualification4', 4],
];

describe('the bundled role card', () => {
  it('is DEI.GEN.P5 at P5 Expert Professional, draft, confidence 0.70, version v1', () => {
    expect(card.code).toBe('DEI.GEN.P5');
    expect(card.title).toBe('DevOps Engineering and Infrastructure Senior');
    expect(card.level.code).toBe('P5');
    expect(card.level.name).toBe('Expert Professional');
    expect(card.status).toBe('draft');
    expect(card.confidence).toEqual({ band: 'medium', score: 0.7 });
    expect(card.version).toBe('v1');
    expect(seed).toContain('P5P5 — Expert Professionalmedium0.70draftglobalv1');
  });

  it.each(groups)('has every %s of the seed, verbatim and in order', (type, heading, count) => {
    const bundled = card.components.filter((component) => component.type === type);
    expect(bundled).toHaveLength(count);
    expect(bundled.map((component) => component.text)).toEqual(seedComponents(heading));
    bundled.forEach((component, index) => expect(component.id).toBe(componentId(type, index + 1)));
  });

  it('drops the "commonlevel" page residue from every text (only the note explaining it names it)', () => {
    const { notes, ...data } = JSON.parse(readBundledText('role-card-dei-gen-p5.json')) as { notes: string[] };
    expect(JSON.stringify(data)).not.toContain('commonlevel');
    expect(notes.filter((note) => note.includes('commonlevel'))).toHaveLength(1);
  });

  it('has the seven level attributes, each verbatim after its label', () => {
    expect(card.level.attributes.map((attribute) => attribute.label)).toEqual([
      'Scope',
      'Autonomy',
      'Complexity',
      'Impact',
      'Decision rights',
      'Leadership',
      'Typical experience',
    ]);
    for (const attribute of card.level.attributes) {
      expect(lines[lines.indexOf(attribute.label) + 1]).toBe(attribute.text);
    }
    expect(lines).toContain(card.level.summary);
  });

  it('has the story verbatim', () => {
    const story = card.story;
    for (const text of [story.who, story.stakes, story.success, card.summary]) expect(lines).toContain(text);
    for (const problem of story.problems) expect(lines).toContain(`• ${problem.label}: ${problem.text}`);
    expect(story.problems).toHaveLength(3);
    expect(story.plan).toHaveLength(5);
    story.plan.forEach((step, index) => expect(lines).toContain(`${index + 1}. ${step}`));
  });

  it('has the title aliases and the O*NET/SOC mapping of the seed', () => {
    expect(card.aliases.map((alias) => alias.title)).toEqual(['DevOps Engineering and Infrastructure Senior', 'P5–P6']);
    expect(card.aliases.map((alias) => alias.confidence.score)).toEqual([0.6, 0.5]);
    for (const alias of card.aliases)
      expect(seed).toContain(`${alias.title}${alias.type}${alias.confidence.band}${alias.confidence.score?.toFixed(2)}`);
    const [mapping] = card.classifications;
    expect(seed).toContain(`code=${mapping?.code}title=${mapping?.title}source=${mapping?.basis}reviewStatus=${mapping?.reviewStatus}`);
  });

  it('writes down its judgement calls', () => {
    const notes = card.notes.join('\n');
    expect(notes).toMatch(/commonlevel/);
    expect(notes).toMatch(/Approved/);
  });
});
