/** Entry point of the workspace bundle (scripts/build-web.mjs): styles, then the app. */
import 'uplot/dist/uPlot.min.css';
import './app.css';
import { render } from 'preact';
import { loadDeployment } from './api/client.js';
import { App } from './components/App.js';

document.body.dataset['state'] = 'loading';
// auth.js has already asked for config.json; this waits for that same answer.
void loadDeployment().then(() => render(<App />, document.getElementById('app')!));
