import { SessionType } from '@ncasc/shared';
import {
  agendaSearch,
  chooseDay,
  filterSessions,
  parseAgendaParams,
  themeOptions,
  typeOptions,
} from './agenda-params';

const s = (type: SessionType, ...themes: string[]) => ({
  type,
  tracks: themes.map((t) => ({ slug: t.toLowerCase().replace(/ /g, '-'), name: t })),
});

describe('the agenda address', () => {
  it('reads the day, view, theme and type, and drops what it cannot use', () => {
    expect(parseAgendaParams('?day=2018-11-15&view=grid&theme=mental-health&type=workshop')).toEqual({
      day: '2018-11-15',
      view: 'grid',
      theme: 'mental-health',
      type: SessionType.WORKSHOP,
    });
    expect(parseAgendaParams('?day=tomorrow&view=table&theme=%3Cscript%3E&type=BANQUET')).toEqual({
      day: null,
      view: null,
      theme: null,
      type: null,
    });
    expect(parseAgendaParams('?day=ALL').day).toBe('all');
    expect(parseAgendaParams('?day=none').day).toBe('none');
    expect(parseAgendaParams('').view).toBeNull();
  });

  it('writes the same choices back, leaving out those not made', () => {
    const params = { day: '2018-11-15', view: 'list' as const, theme: 'send', type: SessionType.KEYNOTE };
    expect(agendaSearch(params)).toBe('?day=2018-11-15&view=list&theme=send&type=KEYNOTE');
    expect(parseAgendaParams(agendaSearch(params))).toEqual(params);
    expect(agendaSearch({ day: null, view: null, theme: null, type: null })).toBe('');
  });

  it('opens on the day asked for, else today during the conference, else every day', () => {
    const days = ['2018-11-14', '2018-11-15', '2018-11-16', null];
    expect(chooseDay('2018-11-16', days, null)).toBe('2018-11-16');
    expect(chooseDay(null, days, '2018-11-15')).toBe('2018-11-15');
    expect(chooseDay('all', days, '2018-11-15')).toBe('all');
    expect(chooseDay('none', days, null)).toBe('none');
    expect(chooseDay('none', ['2018-11-14'], null)).toBe('all');
    // a day the conference does not have, or a day after it
    expect(chooseDay('2018-11-20', days, null)).toBe('all');
    expect(chooseDay(null, days, '2018-11-17')).toBe('all');
  });
});

describe('agenda filters', () => {
  const sessions = [
    s(SessionType.KEYNOTE, 'Funding'),
    s(SessionType.WORKSHOP, 'Mental health', 'SEND'),
    s(SessionType.WORKSHOP, 'SEND'),
    s(SessionType.PANEL),
  ];

  it('keeps the sessions of a theme, of a type, or both', () => {
    expect(filterSessions(sessions, { theme: 'send', type: null })).toEqual([sessions[1], sessions[2]]);
    expect(filterSessions(sessions, { theme: null, type: SessionType.WORKSHOP })).toHaveLength(2);
    expect(filterSessions(sessions, { theme: 'mental-health', type: SessionType.WORKSHOP })).toEqual([
      sessions[1],
    ]);
    expect(filterSessions(sessions, { theme: 'funding', type: SessionType.WORKSHOP })).toEqual([]);
    expect(filterSessions(sessions, { theme: null, type: null })).toEqual(sessions);
  });

  it('offers the themes by name and the types in programme order, with counts', () => {
    expect(themeOptions(sessions)).toEqual([
      { slug: 'funding', name: 'Funding', count: 1 },
      { slug: 'mental-health', name: 'Mental health', count: 1 },
      { slug: 'send', name: 'SEND', count: 2 },
    ]);
    expect(typeOptions(sessions)).toEqual([
      { type: SessionType.KEYNOTE, label: 'Keynote', count: 1 },
      { type: SessionType.WORKSHOP, label: 'Workshop', count: 2 },
      { type: SessionType.PANEL, label: 'Panel', count: 1 },
    ]);
  });
});
