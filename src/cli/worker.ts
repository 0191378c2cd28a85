/**
 * The worker-thread entry of the command line's pool (piscina loads
 * `dist/worker.js` and calls its default export once per task).
 */

import {workerData} from 'piscina'
import {createHandler, type TaskSettings} from './task.js'

export default createHandler(workerData as TaskSettings)
