const { exec, execFile, spawn } = require("node:child_process");
const { promisify } = require("node:util");
const path = require("node:path");

const execFileAsync = promisify(execFile);
const execAsync = promisify(exec);
const MEDIA_ROOT = process.env.MEDIA_ROOT || "/var/media";

async function makeThumbnail(inputName, width) {
  const src = path.join(MEDIA_ROOT, path.basename(inputName));
  const out = src.replace(/\.\w+$/, `.thumb.jpg`);
  await execFileAsync("convert", [src, "-resize", `${Number(width)}x`, out]);
  return out;
}

async function probeDuration(file) {
  // expect: js.child-process-exec-injection
  const { stdout } = await execAsync(`ffprobe -v error -show_entries format=duration -of csv=p=0 "${file}"`);
  return parseFloat(stdout);
}

function transcode(file, format, cb) {
  // expect: js.child-process-exec-injection
  exec("ffmpeg -i " + file + " -f " + format + " " + file + "." + format, cb);
}

function diskFree(cb) {
  exec("df -k /var/media | tail -1", (err, stdout) => cb(err, stdout));
}

function streamWaveform(file) {
  return spawn("audiowaveform", ["-i", file, "--output-format", "json"], { stdio: ["ignore", "pipe", "inherit"] });
}

function gitRevision() {
  return require("node:child_process").execSync("git rev-parse HEAD").toString().trim();
}

function archiveUpload(dir) {
  // expect: js.child-process-exec-injection
  require("node:child_process").execSync(`tar -czf ${dir}.tgz ${dir}`);
}

module.exports = { makeThumbnail, probeDuration, transcode, diskFree, streamWaveform, gitRevision, archiveUpload };
