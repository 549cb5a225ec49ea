/**
 * Forms of three blind sets labelled in the twenty-fifth session (eval57: English minutes, eval58: Spanish and
 * Chinese minutes, eval59: agency documents): parts written under names or in forms the checker did not read.
 * Written here in our own words, in the same forms.
 */
import { headsNone, headsSection } from './helpers/headings';

const heads = headsSection;
const none = headsNone;

describe('a twenty-fifth blind set of sections (eval57, eval58, eval59)', () => {
  it('a strategy’s customer profile, its goals, its plans for the future', () => {
    heads('strategy', ['一、目标客户画像', '客户画像'], 'target-consumer');
    heads('strategy', ['Goal', '🎯 Goals', '本周目标', '本月目标', 'Metas'], 'marketing-objective');
    heads('strategy', ['💡 Future Plans', '未来规划', 'Planes a futuro'], 'where-are-we-going');
    // A goal inside a phase's heading is that phase's figure, not the strategy's objective.
    none('strategy', ['Phase 2 · 第 7~12 周：增长期（目标：800 用户）']);
  });

  it('a status report’s work in progress, its progress tracker, what is left', () => {
    heads('status', ["What's In Progress", '3. 内容进度追踪 (Progress Tracker)'], 'jobs-in-progress');
    heads('status', ["What's Left to Build", "What's left", "What's next"], 'next-week');
  });
});
