import { ApiError, toApiError, withStarred } from './api';

describe('toApiError', () => {
  it('keeps the code, the field and the wait the server gives', () => {
    const e = toApiError({
      message: 'password must be at least 10 characters',
      extensions: { code: 'BAD_USER_INPUT', field: 'password' },
    });
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({
      message: 'password must be at least 10 characters',
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    expect(
      toApiError({ message: 'Too many', extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 60 } }),
    ).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: 60, field: undefined });
    expect(toApiError({ message: 'x' })).toMatchObject({ code: undefined, field: undefined });
  });
});

describe('withStarred', () => {
  const data = {
    conference: {
      slug: 'ncasc-2018',
      sessions: [
        { id: 'a', title: 'A', starred: false, room: { name: 'Hall' } },
        { id: 'b', title: 'B', starred: false, room: null },
      ],
    },
  };

  it('sets starred on every copy of the session, sharing everything else', () => {
    const out = withStarred(data, 'a', true);
    expect(out.conference.sessions[0]).toEqual({
      id: 'a',
      title: 'A',
      starred: true,
      room: { name: 'Hall' },
    });
    expect(out.conference.sessions[0].room).toBe(data.conference.sessions[0].room);
    expect(out.conference.sessions[1]).toBe(data.conference.sessions[1]);
    expect(data.conference.sessions[0].starred).toBe(false); // the original is untouched
  });

  it('answers the same object when nothing changes', () => {
    expect(withStarred(data, 'a', false)).toBe(data);
    expect(withStarred(data, 'zzz', true)).toBe(data);
    expect(withStarred({ me: null }, 'a', true)).toEqual({ me: null });
  });

  it('leaves objects without a starred field alone (a note with the same id is not a session)', () => {
    const notes = { myNotes: [{ id: 'a', body: 'x' }] };
    expect(withStarred(notes, 'a', true)).toBe(notes);
  });
});
