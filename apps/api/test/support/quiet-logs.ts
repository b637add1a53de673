import { Logger } from '@nestjs/common';

// Tests print what fails, not the embedded PostgreSQL's chatter or migration notices.
Logger.overrideLogger(['error']);
