import { pageAnswers, withSavedNote } from './kept-answers';

describe('withSavedNote: kept answers show the note as now saved', () => {
  const session = {
    session: {
      id: 's1',
      title: 'T',
      starred: true,
      myNote: { body: 'old', updatedAt: 'T0' },
      room: { name: 'Hall' },
    },
  };

  it('changes the session’s note, sharing everything else, and answers the same object when nothing changes', () => {
    const note = { body: 'new', updatedAt: 'T1' };
    const out = withSavedNote(session, 's1', note) as typeof session;
    expect(out.session.myNote).toEqual(note);
    expect(out.session.room).toBe(session.session.room);
    expect(session.session.myNote.body).toBe('old');
    expect(withSavedNote(session, 's2', note)).toBe(session);
    expect(withSavedNote(out, 's1', { ...note })).toBe(out);
    expect((withSavedNote(session, 's1', null) as typeof session).session.myNote).toBeNull();
  });

  it('updates My notes, and takes a deleted note out of it', () => {
    const myNotes = {
      myNotes: [
        { id: 'n1', body: 'old', updatedAt: 'T0', session: { id: 's1', title: 'T' } },
        { id: 'n2', body: 'other', updatedAt: 'T0', session: { id: 's2', title: 'U' } },
      ],
    };
    const saved = withSavedNote(myNotes, 's1', { body: 'new', updatedAt: 'T1' }) as typeof myNotes;
    expect(saved.myNotes.map((n) => n.body)).toEqual(['new', 'other']);
    expect(saved.myNotes[1]).toBe(myNotes.myNotes[1]);
    const deleted = withSavedNote(myNotes, 's1', null) as typeof myNotes;
    expect(deleted.myNotes.map((n) => n.id)).toEqual(['n2']);
  });
});

describe('pageAnswers: a downloaded programme as the session and speaker pages ask for it', () => {
  it('gives each session and speaker page its answer, under the variables the page uses', () => {
    const session = { id: 's1', title: 'T' };
    const speaker = { id: 'p1', name: 'N' };
    const answers = pageAnswers({ slug: 'x', sessions: [session], speakers: [speaker] } as never);
    expect(answers).toEqual([
      { operation: 'Session', variables: '{"id":"s1"}', data: { session } },
      { operation: 'Speaker', variables: '{"id":"p1"}', data: { speaker } },
    ]);
  });
});
