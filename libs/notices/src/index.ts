export * from './notices.module';
export * from './notices.service';
export * from './jobs/notify.processor';
export * from './jobs/update-reminders.processor';
