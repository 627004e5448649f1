/**
 * The 1:1 preparation as a printed document, with room to write.
 */
import { Text, View } from '@react-pdf/renderer';
import type { OneOnOneContent } from '../../shared/documents/document-content';
import { AreaBars } from './area-bars';
import { Bullet, DocumentPage, Lines } from './document-page';
import { styles } from './document-styles';
import { ActionText } from './growth-plan-document';

export function OneOnOneDocument({ content }: { content: OneOnOneContent }) {
  return (
    <DocumentPage meta={content.meta}>
      <Text style={styles.title}>1:1 preparation: {content.person}</Text>
      <Text style={styles.subtitle}>{content.framework}</Text>
      <Text style={styles.subtitle}>{content.since ? `Since the previous 1:1 on ${content.since}` : 'First 1:1 recorded'}</Text>

      <Text style={styles.h2}>What changed</Text>
      <Text style={styles.text}>{content.progress ?? 'No snapshot from before the previous 1:1 to compare with.'}</Text>
      {content.ratingChanges ? (
        content.ratingChanges.length === 0 ? (
          <Text style={styles.muted}>No rating changed.</Text>
        ) : (
          content.ratingChanges.map((change, index) => (
            <Bullet key={index}>
              <Text>
                {change.statement}
                <Text style={styles.muted}>
                  {' '}
                  — {change.from} → {change.to}
                </Text>
              </Text>
            </Bullet>
          ))
        )
      ) : null}

      {content.disagreements ? (
        <View>
          <Text style={styles.h2}>
            Where self and {content.disagreements.reviewer.toLowerCase()} disagree at {content.disagreements.at}
          </Text>
          {content.disagreements.lines.length === 0 ? (
            <Text style={styles.muted}>No statement is rated two steps or more apart.</Text>
          ) : (
            content.disagreements.lines.map((line, index) => (
              <Bullet key={index}>
                <Text>
                  {line.statement}
                  <Text style={styles.muted}>
                    {' '}
                    — self: {line.self}; {content.disagreements?.reviewer.toLowerCase()}: {line.reviewer}
                    {line.agreed ? `; agreed: ${line.agreed}` : '; no agreed rating yet'}
                  </Text>
                </Text>
              </Bullet>
            ))
          )}
        </View>
      ) : null}

      <Text style={styles.h2}>Focus areas</Text>
      <Text style={styles.small}>{content.ratingsBasis}</Text>
      {content.focusAreas.length === 0 ? (
        <Text style={styles.muted}>Nothing left to meet at the target.</Text>
      ) : (
        <AreaBars areas={content.focusAreas} />
      )}

      <Text style={styles.h2}>Open actions</Text>
      {content.openActions.length === 0 ? <Text style={styles.muted}>None.</Text> : null}
      {content.openActions.map((action, index) => (
        <ActionText key={index} action={action} />
      ))}

      <Text style={styles.h2}>Agenda</Text>
      {content.agenda.length === 0 ? <Text style={styles.muted}>No talking points written yet.</Text> : null}
      {content.agenda.map((point, index) => (
        <Bullet key={index}>
          <Text>{point}</Text>
        </Bullet>
      ))}

      {content.notes.length > 0 ? (
        <View>
          <Text style={styles.h2}>Earlier 1:1s</Text>
          {content.notes.map((note, index) => (
            <View key={index} style={styles.box} wrap={false}>
              <Text style={styles.bold}>
                {note.date}
                {note.private ? ' (private)' : ''}
              </Text>
              {note.talkingPoints ? <Text style={styles.text}>{note.talkingPoints}</Text> : null}
              {note.decisions ? <Text style={styles.text}>Decided: {note.decisions}</Text> : null}
            </View>
          ))}
        </View>
      ) : null}

      <View wrap={false}>
        <Text style={styles.h2}>Notes</Text>
        <Lines count={10} />
      </View>
    </DocumentPage>
  );
}
