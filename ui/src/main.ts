import { mount } from 'svelte';
import App from './App.svelte';
// Stylesheets in cascade order: later files build on the earlier ones.
import './styles/base.css';
import './styles/themes.css';
import './styles/nav.css';
import './styles/cards.css';
import './styles/buttons.css';
import './styles/fields.css';
import './styles/pain-scale.css';
import './styles/entry-details.css';
import './styles/error-summary.css';
import './styles/diary.css';
import './styles/function.css';
import './styles/program.css';
import './styles/learn.css';
import './styles/reminders.css';
import './styles/charts.css';
import './styles/export.css';
import './styles/insights.css';
import './styles/settings.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element.');

export default mount(App, { target });
