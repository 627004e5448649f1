/**
 * The growth plan as a printed document.
 */
import { Text, View } from '@react-pdf/renderer';
import type { ActionLine, GrowthPlanContent } from '../../shared/documents/document-content';
import { AreaBars } from './area-bars';
import { Bullet, DocumentPage } from './document-page';
import { styles } from './document-styles';

export function ActionText({ action }: { action: ActionLine }) {
  return (
    <Text style={styles.text}>
      {action.done ? '☑ ' : '☐ '}
      {action.text}
      <Text style={styles.muted}>
        {' '}
        — {action.owner}
        {action.due ? `, due ${action.due}` : ''}
        {action.source ? ` · ${action.source}` : ''}
      </Text>
      {action.overdue ? <Text style={styles.overdue}> Overdue</Text> : null}
    </Text>
  );
}

export function GrowthPlanDocument({ content }: { content: GrowthPlanContent }) {
  return (
    <DocumentPage meta={content.meta}>
      <Text style={styles.title}>Growth plan: {content.person}</Text>
      <Text style={styles.subtitle}>{content.framework}</Text>
      <Text style={styles.subtitle}>{content.levels}</Text>

      <Text style={styles.h2}>Where things stand</Text>
      <Text style={styles.text}>{content.headline}</Text>
      <Text style={styles.small}>{content.ratingsBasis}</Text>
      {content.areas.length > 0 ? <AreaBars areas={content.areas} /> : null}

      <Text style={styles.h2}>Goals</Text>
      {content.goals.length === 0 ? <Text style={styles.muted}>No goals yet.</Text> : null}
      {content.goals.map((goal, index) => (
        <View key={`${goal.title}-${index}`} style={styles.box} wrap={false}>
          <Text style={styles.h3}>
            {index + 1}. {goal.title}
          </Text>
          <Text style={styles.muted}>
            {goal.status} · {goal.owner}
            {goal.due ? ` · due ${goal.due}` : ''}
          </Text>
          {goal.overdue ? <Text style={styles.overdue}>Overdue</Text> : null}
          {goal.statements.length > 0 ? (
            <View>
              <Text style={styles.bold}>Closes the gap on</Text>
              {goal.statements.map((statement) => (
                <Bullet key={statement}>
                  <Text>{statement}</Text>
                </Bullet>
              ))}
            </View>
          ) : null}
          {goal.actions.length > 0 ? (
            <View>
              <Text style={styles.bold}>Actions</Text>
              {goal.actions.map((action, actionIndex) => (
                <ActionText key={actionIndex} action={action} />
              ))}
            </View>
          ) : null}
          {goal.evidence.length > 0 ? (
            <View>
              <Text style={styles.bold}>Evidence</Text>
              {goal.evidence.map((entry, entryIndex) => (
                <Text key={entryIndex} style={styles.text}>
                  {entry.date}: {entry.text}
                </Text>
              ))}
            </View>
          ) : null}
        </View>
      ))}

      {content.evidence.length > 0 ? (
        <View>
          <Text style={styles.h2}>Evidence highlights</Text>
          {content.evidence.map((entry, index) => (
            <View key={index} style={styles.text} wrap={false}>
              <Text>
                <Text style={styles.bold}>{entry.date}</Text> — {entry.text}
              </Text>
              {entry.supports.length > 0 ? <Text style={styles.small}>Supports: {entry.supports.join(' · ')}</Text> : null}
            </View>
          ))}
        </View>
      ) : null}
    </DocumentPage>
  );
}
