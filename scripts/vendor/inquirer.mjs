export * from '@inquirer/prompts';
