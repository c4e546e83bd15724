import { DayPart, SessionStatus, SessionType, SpeakerRole, TimePrecision } from '@ncasc/shared';
import { notesToMarkdown } from './notes-export';

const conference = {
  name: 'National Children and Adult Services Conference 2018',
  startsOn: '2018-11-14',
  endsOn: '2018-11-16',
  city: 'Manchester',
  venue: null,
  timezone: 'Europe/London',
};
const session = {
  title: 'Ofsted: new inspection frameworks',
  type: SessionType.PLENARY,
  status: SessionStatus.SCHEDULED,
  timePrecision: TimePrecision.DAY_PART,
  day: '2018-11-14',
  dayPart: DayPart.MORNING,
  startsAt: null,
  endsAt: null,
};

describe('notesToMarkdown', () => {
  const md = notesToMarkdown(
    conference,
    [
      {
        body: 'Inspection is changing.\n\n- ILACS from January',
        session,
        speakers: [
          { name: 'Amanda Spielman', role: SpeakerRole.SPEAKER },
          { name: 'Jo Chair', role: SpeakerRole.CHAIR },
        ],
      },
      {
        body: '',
        session: {
          ...session,
          title: 'Quiz',
          type: SessionType.SOCIAL,
          status: SessionStatus.CANCELLED,
          timePrecision: TimePrecision.EXACT,
          dayPart: null,
          startsAt: new Date('2018-11-15T19:00:00Z'),
          endsAt: new Date('2018-11-15T21:00:00Z'),
        },
        speakers: [],
      },
    ],
    { userName: 'Dana Delegate', exportedAt: new Date('2018-11-20T10:00:00Z') },
  );

  it('opens with the conference, its dates and place, and who exported it', () => {
    expect(md.split('\n').slice(0, 5)).toEqual([
      '# My notes: National Children and Adult Services Conference 2018',
      '',
      '14–16 November 2018 · Manchester',
      '',
      'Notes by Dana Delegate, exported 2018-11-20. 2 sessions.',
    ]);
  });

  it('puts each session title, its time as the programme gives it, and its speakers in headings, then the note', () => {
    expect(md).toContain(
      '## Ofsted: new inspection frameworks\n\n### Wednesday morning · Plenary · Amanda Spielman, Jo Chair (chair)\n\nInspection is changing.\n\n- ILACS from January',
    );
    expect(md).toContain(
      '## Quiz (cancelled)\n\n### Thursday 15 November 2018, 19:00–21:00 GMT · Social\n\n_(empty note)_',
    );
  });

  it('keeps a hostile title from breaking the document structure', () => {
    const out = notesToMarkdown(
      conference,
      [{ body: 'x', session: { ...session, title: '# Injected\n## heading' }, speakers: [] }],
      {
        userName: 'D',
        exportedAt: new Date(),
      },
    );
    expect(out).toContain('## \\# Injected ## heading');
  });
});
