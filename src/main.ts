import * as core from '@actions/core';

core.info('aws-backup-gitops');
