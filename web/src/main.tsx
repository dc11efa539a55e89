/** Entry point of the workspace bundle (scripts/build-web.mjs): styles, then the app. */
import 'uplot/dist/uPlot.min.css';
import './app.css';
import { render } from 'preact';
import { App } from './components/App.js';

document.body.dataset['state'] = 'loading';
render(<App />, document.getElementById('app')!);
