#!/usr/bin/env node
// npm links a bin only when its file exists at install time, and dist/ only exists after the build:
// pointing the bin here, a committed file, keeps `npx brief` working in a fresh clone once it is built.
import "../dist/bin.js";
