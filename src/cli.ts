console.log('aws-backup-gitops');
